/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <string.h>

#include "fd-error.h"
#include "fd-secret.h"
#include "fd-test-util.h"

/* The store side of the kiosk journey: belongings and ID numbers (REG-2,
 * REG-4), the watchlist, refusals (REG-6), invitations, drinks (REC-4) and
 * satisfaction (KPI-1). */

static FdStore *
store_with_key (void)
{
  FdStore *store = fd_test_store_new (TRUE);

  fd_test_store_load_key (store);
  return store;
}

static FdRegistration *
registration (FdStore    *store,
              const char *name,
              const char *phone)
{
  FdRegistration *reg = fd_registration_new ();

  reg->name = g_strdup (name);
  reg->phone = g_strdup (phone);
  reg->purpose = g_strdup ("商务洽谈");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  return reg;
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, NULL);
  return data != NULL && g_strstr_len (data, (gssize) length, needle) != NULL;
}

/* REG-2: an ID number is sealed with the station key, kept masked for
 * display, and revealing it is logged; REG-4: belongings are kept. */
static void
test_id_number_sealed (void)
{
  g_autoptr(FdStore) store = store_with_key ();
  g_autoptr(FdRegistration) reg = registration (store, "李雷", "13812345678");
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autofree char *wal = g_strconcat (fd_store_get_path (store), "-wal", NULL);
  gint64 id, audits = 0;

  reg->items = g_strdup ("笔记本电脑一台");
  reg->id_number = g_strdup ("11010519491231002x");
  id = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  visit = fd_store_get_visit (store, id, &error);
  g_assert_cmpstr (visit->id_masked, ==, "110105********002X");
  g_assert_cmpstr (visit->items, ==, "笔记本电脑一台");

  /* Neither the database file nor its log holds the number in clear. */
  g_assert_false (file_contains (fd_store_get_path (store), "11010519491231002X"));
  g_assert_false (file_contains (wal, "11010519491231002X"));

  plain = fd_store_reveal_id_number (store, security, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, "11010519491231002X");
  fd_store_count_audit (store, "visit.reveal-id", &audits, NULL);
  g_assert_cmpint (audits, ==, 1);
}

/* Without the key file an ID number is refused, not stored in clear; a
 * wrong ID number is refused with the validation message. */
static void
test_id_number_needs_key (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = registration (store, "李雷", "13812345678");
  g_autoptr(FdRegistration) wrong = registration (store, "李雷", "13812345678");
  g_autoptr(GError) error = NULL;

  reg->id_number = g_strdup ("11010519491231002X");
  g_assert_cmpint (fd_store_add_visit (store, reg, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  wrong->id_number = g_strdup ("110105194912310021");
  g_assert_cmpint (fd_store_add_visit (store, wrong, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
}

/* A watchlist match by name and phone, or by ID number, holds the badge
 * and alerts the staff window; nobody else is affected. */
static void
test_watchlist (void)
{
  g_autoptr(FdStore) store = store_with_key ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdRegistration) by_phone = registration (store, "赵四", "+86 139 0000 1111");
  g_autoptr(FdRegistration) by_id = registration (store, "Someone Else", "13700000000");
  g_autoptr(FdRegistration) innocent = registration (store, "赵四", "13900002222");
  g_autoptr(FdVisit) v1 = NULL;
  g_autoptr(FdVisit) v2 = NULL;
  g_autoptr(FdVisit) v3 = NULL;
  g_autoptr(GPtrArray) alerts = NULL;
  gint64 a, b, c;
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);

  g_assert_cmpint (fd_store_add_watch (store, security, "赵四", "13900001111", NULL, "前员工，禁止入内", &error), >, 0);
  g_assert_cmpint (fd_store_add_watch (store, security, NULL, NULL, "440524188001010014", "证件挂失", &error), >, 0);
  g_assert_no_error (error);

  a = fd_store_add_visit (store, by_phone, &error);
  by_id->id_number = g_strdup ("440524188001010014");
  b = fd_store_add_visit (store, by_id, &error);
  c = fd_store_add_visit (store, innocent, &error);
  g_assert_no_error (error);
  v1 = fd_store_get_visit (store, a, NULL);
  v2 = fd_store_get_visit (store, b, NULL);
  v3 = fd_store_get_visit (store, c, NULL);
  g_assert_true (v1->watchlist_hit);
  g_assert_cmpint (v1->badge_state, ==, FD_BADGE_HELD);
  g_assert_true (v2->watchlist_hit);
  g_assert_false (v3->watchlist_hit);
  g_assert_cmpint (v3->badge_state, ==, FD_BADGE_PENDING);

  alerts = fd_store_list_open_alerts (store, fd_test_staff (), &error);
  g_assert_cmpuint (alerts->len, ==, 2);
  g_assert_cmpstr (((FdAlert *) alerts->pdata[0])->kind, ==, "watchlist");
  g_assert_cmpstr (((FdAlert *) alerts->pdata[0])->visitor, ==, "赵四");
  g_assert_cmpstr (((FdAlert *) alerts->pdata[0])->detail, ==, "前员工，禁止入内");
  g_assert_true (fd_store_handle_alert (store, fd_test_staff (), ((FdAlert *) alerts->pdata[0])->id, &error));
  g_clear_pointer (&alerts, g_ptr_array_unref);
  alerts = fd_store_list_open_alerts (store, fd_test_staff (), &error);
  g_assert_cmpuint (alerts->len, ==, 1);
}

/* Invitations: used once, only on their day, by scanner or typed code. */
static void
test_invitations (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = registration (store, "Anna Schmidt", "+49 151 12345678");
  g_autoptr(FdRegistration) later = registration (store, "王五", "13600000000");
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fd_store_today (store);
  g_autofree char *code = NULL;
  g_autofree char *other = NULL;
  g_autofree char *scanned = NULL;
  g_autofree char *typed = NULL;
  g_autoptr(FdInvitation) found = NULL;
  g_autoptr(FdInvitation) after = NULL;
  g_autoptr(FdVisit) visit = NULL;
  gint64 id;

  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, today, &code, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (code), ==, 8);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), later, "2099-01-01", &other, &error), >, 0);

  scanned = g_strconcat ("FDI1-", code, NULL);
  found = fd_store_find_invitation (store, scanned, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->name, ==, "Anna Schmidt");
  g_assert_cmpstr (found->host_department, ==, "市场部");
  g_assert_cmpint (found->state, ==, FD_INVITATION_OPEN);

  /* Typed by a person: lower case, with a space. */
  typed = g_strdup_printf ("%c%c%c%c %s", g_ascii_tolower (code[0]), g_ascii_tolower (code[1]),
                           g_ascii_tolower (code[2]), g_ascii_tolower (code[3]), code + 4);
  id = fd_store_check_in_invitation (store, typed, &error);
  g_assert_no_error (error);
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);
  g_assert_cmpstr (visit->phone, ==, "+4915112345678");
  after = fd_store_find_invitation (store, code, NULL);
  g_assert_cmpint (after->state, ==, FD_INVITATION_USED);
  g_assert_cmpint (after->visit_id, ==, id);

  /* Used once; not on another day; unknown codes. */
  g_assert_cmpint (fd_store_check_in_invitation (store, code, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_check_in_invitation (store, other, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_check_in_invitation (store, "ZZZZZZZZ", &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (fd_store_find_invitation (store, "FD1-NOTANINVITATION", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
}

/* REC-4 and KPI-1: the drink and the satisfaction answer reach the visit. */
static void
test_drink_and_satisfaction (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  g_assert_true (fd_store_set_drink (store, id, "tea", &error));
  g_assert_true (fd_store_set_satisfaction (store, id, 3, &error));
  visit = fd_store_get_visit (store, id, &error);
  g_assert_cmpstr (visit->drink, ==, "tea");
  g_assert_cmpint (visit->satisfaction, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journey/reg-2/id-number-sealed", test_id_number_sealed);
  g_test_add_func ("/journey/reg-2/id-number-needs-key", test_id_number_needs_key);
  g_test_add_func ("/journey/watchlist", test_watchlist);
  g_test_add_func ("/journey/invitations", test_invitations);
  g_test_add_func ("/journey/rec-4/drink-and-kpi-1-satisfaction", test_drink_and_satisfaction);

  return g_test_run ();
}
