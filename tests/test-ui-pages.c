/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-checkout-page.h"
#include "fd-kiosk-confirm-page.h"
#include "fd-kiosk-done-page.h"
#include "fd-kiosk-form-page.h"
#include "fd-kiosk-goodbye-page.h"
#include "fd-kiosk-invitation-page.h"
#include "fd-kiosk-invite-page.h"
#include "fd-kiosk-message-page.h"
#include "fd-kiosk-refuse-page.h"
#include "fd-kiosk-topics-page.h"
#include "fd-kiosk-unlock-page.h"
#include "fd-kiosk-welcome-page.h"
#include "fd-staff-admin-page.h"
#include "fd-staff-log-page.h"
#include "fd-staff-login-page.h"
#include "fd-staff-reception-page.h"
#include "fd-staff-security-page.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/*
 * Each page at its class boundary: built headless with a real store (no
 * window), given a language and a session, driven through its actions, and
 * finalized: nothing keeps a page alive after the window lets it go, and a
 * lock (session NULL) leaves no visitor on it.
 */

/* Builds a page of @type on @store, owned by the caller. */
static GtkWidget *
new_page (GType    type,
          FdStore *store)
{
  return g_object_ref_sink (g_object_new (type, "store", store, NULL));
}

static void
test_kiosk_pages (gconstpointer data)
{
  GType types[] = {
    FD_TYPE_KIOSK_WELCOME_PAGE, FD_TYPE_KIOSK_FORM_PAGE, FD_TYPE_KIOSK_CONFIRM_PAGE, FD_TYPE_KIOSK_DONE_PAGE,
    FD_TYPE_KIOSK_INVITE_PAGE, FD_TYPE_KIOSK_INVITATION_PAGE, FD_TYPE_KIOSK_TOPICS_PAGE,
    FD_TYPE_KIOSK_REFUSE_PAGE, FD_TYPE_KIOSK_MESSAGE_PAGE, FD_TYPE_KIOSK_CHECKOUT_PAGE,
    FD_TYPE_KIOSK_GOODBYE_PAGE, FD_TYPE_KIOSK_UNLOCK_PAGE,
  };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *page = new_page (types[i], store);

      g_test_message ("%s", g_type_name (types[i]));
      fd_kiosk_page_set_lang (FD_KIOSK_PAGE (page), fd_test_lang (data));
      fd_kiosk_page_reset (FD_KIOSK_PAGE (page));
      fd_test_ui_iterate (20);
      g_assert_true (fd_kiosk_page_get_store (FD_KIOSK_PAGE (page)) == store);
      g_assert_finalize_object (page);
    }
  fd_test_store_settle (store);
}

/* A staff page with a session, after its first load. */
static GtkWidget *
staff_page (GType            type,
            FdStore         *store,
            const FdSession *session,
            gconstpointer    data)
{
  GtkWidget *page = new_page (type, store);

  fd_staff_page_set_lang (FD_STAFF_PAGE (page), fd_test_lang (data));
  fd_staff_page_set_session (FD_STAFF_PAGE (page), session);
  fd_test_store_settle (store);
  fd_test_ui_iterate (50);
  return page;
}

typedef struct {
  FdStore *store;
  gint64   id;
} Wait;

static gboolean
host_met (gpointer data)
{
  Wait *wait = data;
  g_autoptr(FdVisit) visit = fd_store_get_visit (wait->store, wait->id, NULL);

  return visit->host_met_ms != 0;
}

static gboolean
left (gpointer data)
{
  Wait *wait = data;
  g_autoptr(FdVisit) visit = fd_store_get_visit (wait->store, wait->id, NULL);

  return visit->state == FD_VISIT_LEFT && visit->badge_returned_ms == 0;
}

/* REG-4 and FAQ-1 through the reception page's actions, without a window. */
static void
test_reception_page (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) session = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  Wait wait = { store, fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL)) };
  GtkWidget *page = staff_page (FD_TYPE_STAFF_RECEPTION_PAGE, store, session, data);

  g_assert_cmpuint (fd_staff_reception_page_get_visits (FD_STAFF_RECEPTION_PAGE (page))->len, ==, 1);
  g_assert_nonnull (fd_staff_reception_page_find_row (FD_STAFF_RECEPTION_PAGE (page), wait.id));
  g_assert_true (gtk_widget_activate_action (page, "reception.host-met", "x", wait.id));
  g_assert_true (fd_test_wait_until (host_met, &wait, 5000));
  g_assert_true (gtk_widget_activate_action (page, "reception.check-out", "x", wait.id));
  g_assert_true (fd_test_wait_until (left, &wait, 5000));
  fd_test_store_settle (store);
  /* A lock forgets every visitor. */
  fd_staff_page_set_session (FD_STAFF_PAGE (page), NULL);
  g_assert_cmpuint (fd_staff_reception_page_get_visits (FD_STAFF_RECEPTION_PAGE (page))->len, ==, 0);
  g_assert_null (fd_staff_reception_page_find_row (FD_STAFF_RECEPTION_PAGE (page), wait.id));
  g_assert_finalize_object (page);
}

typedef struct {
  FdStore         *store;
  const FdSession *session;
} WatchWait;

static gboolean
watchlist_empty (gpointer data)
{
  WatchWait *wait = data;
  g_autoptr(GPtrArray) list = fd_store_list_watch (wait->store, wait->session, NULL);

  return list != NULL && list->len == 0;
}

static gboolean
host_inactive (gpointer data)
{
  Wait *wait = data;
  g_autoptr(FdHost) host = fd_store_get_host (wait->store, wait->id, NULL);

  return host != NULL && !host->active;
}

/* Security's and the administrator's pages through their actions. */
static void
test_security_and_admin_pages (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  gint64 watch = fd_store_add_watch (store, security, "王五", "13700001111", NULL, "前员工", NULL);
  Wait host = { store, fd_test_host_id (store, "王芳", NULL) };
  GtkWidget *page;

  page = staff_page (FD_TYPE_STAFF_SECURITY_PAGE, store, security, data);
  g_assert_true (gtk_widget_activate_action (page, "security.remove-watch", "x", watch));
  g_assert_true (fd_test_wait_until (watchlist_empty, &(WatchWait) { store, security }, 5000));
  fd_test_store_settle (store);
  g_assert_finalize_object (page);

  page = staff_page (FD_TYPE_STAFF_ADMIN_PAGE, store, admin, data);
  g_assert_true (gtk_widget_activate_action (page, "admin.set-host-active", "(xb)", host.id, FALSE));
  g_assert_true (fd_test_wait_until (host_inactive, &host, 5000));
  fd_test_store_settle (store);
  g_assert_finalize_object (page);

  page = staff_page (FD_TYPE_STAFF_LOG_PAGE, store, admin, data);
  fd_staff_page_set_session (FD_STAFF_PAGE (page), NULL);
  g_assert_finalize_object (page);

  page = g_object_ref_sink (fd_staff_login_page_new (store));
  fd_test_store_settle (store);
  g_assert_finalize_object (page);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  for (int en = 0; en <= 1; en++)
    {
      const char *suffix = en ? "en" : "zh_CN";
      g_autofree char *kiosk = g_strdup_printf ("/pages/kiosk-built-and-finalized/%s", suffix);
      g_autofree char *reception = g_strdup_printf ("/pages/reception-actions/%s", suffix);
      g_autofree char *others = g_strdup_printf ("/pages/security-admin-log-login/%s", suffix);

      g_test_add_data_func (kiosk, GINT_TO_POINTER (en), test_kiosk_pages);
      g_test_add_data_func (reception, GINT_TO_POINTER (en), test_reception_page);
      g_test_add_data_func (others, GINT_TO_POINTER (en), test_security_and_admin_pages);
    }
  return g_test_run ();
}
