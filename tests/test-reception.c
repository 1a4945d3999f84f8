/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-badge-issue.h"
#include "fd-error.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* The staff window's operations in the core: confirming arrivals, audited
 * corrections, hosts, settings, the watchlist, invitations and reissue
 * fees, each refused to a role that may not do it. */

static gint64
audits (FdStore    *store,
        const char *action)
{
  gint64 n = -1;

  g_assert_true (fd_store_count_audit (store, action, &n, NULL));
  return n;
}

/* REG-3: with "print after confirmation" every badge waits for
 * reception; once confirmed it prints (here: the PDF folder). */
static void
test_confirm_policy (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(FdSession) system = fd_session_new_system ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) first = NULL;
  g_autoptr(FdVisit) before = NULL;
  g_autoptr(FdVisit) after = NULL;
  g_autoptr(FdBadgeOutcome) held = NULL;
  g_autoptr(FdBadgeOutcome) printed = NULL;
  g_autofree char *folder = g_dir_make_tmp ("frontdesk-badges-XXXXXX", NULL);
  FdPrintSettings settings = { .folder = folder, .size = FD_BADGE_CR80 };
  gint64 host = fd_test_host_id (store, "王芳", NULL);
  gint64 at_once, waits;

  at_once = fd_test_add_visit (store, "李雷", "13812345678", host);
  g_assert_true (fd_store_change_setting (store, system, "print_policy", "confirm", NULL));
  waits = fd_test_add_visit (store, "韩梅梅", "13812345679", host);

  before = fd_store_get_visit (store, waits, NULL);
  g_assert_cmpint (before->badge_state, ==, FD_BADGE_HELD);
  first = fd_store_get_visit (store, at_once, NULL);
  g_assert_cmpint (first->badge_state, ==, FD_BADGE_PENDING);
  held = fd_badge_issue (store, &settings, waits, &error);
  g_assert_no_error (error);
  g_assert_cmpint (held->state, ==, FD_BADGE_HELD);

  /* The kiosk cannot confirm; reception can, once. */
  g_assert_false (fd_store_confirm_arrival (store, NULL, waits, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (fd_store_confirm_arrival (store, reception, waits, &error));
  g_assert_no_error (error);
  g_assert_false (fd_store_confirm_arrival (store, reception, waits, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);

  printed = fd_badge_issue (store, &settings, waits, &error);
  g_assert_no_error (error);
  g_assert_cmpint (printed->state, ==, FD_BADGE_SAVED);
  g_assert_true (g_file_test (printed->detail, G_FILE_TEST_EXISTS));
  after = fd_store_get_visit (store, waits, NULL);
  g_assert_cmpint (after->badge_state, ==, FD_BADGE_SAVED);
  g_assert_cmpint (audits (store, "visit.confirm"), ==, 1);
  g_unlink (printed->detail);
  g_rmdir (folder);
}

/* KPI-2: corrections are checked like the kiosk's input, stored, and
 * counted in the audit log by field, without the values. */
static void
test_corrections (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  gint64 id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  g_assert_false (fd_store_correct_visit (store, reception, id, "phone", "12", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_correct_visit (store, reception, id, "name", "   ", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_correct_visit (store, NULL, id, "name", "李磊", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (audits (store, "visit.correct"), ==, 0);

  g_assert_true (fd_store_correct_visit (store, reception, id, "name", " 李磊 ", &error));
  g_assert_true (fd_store_correct_visit (store, reception, id, "phone", "138-1234-5670", &error));
  g_assert_true (fd_store_correct_visit (store, reception, id, "company", "", &error));
  g_assert_no_error (error);
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpstr (visit->name, ==, "李磊");
  g_assert_cmpstr (visit->phone, ==, "13812345670");
  g_assert_cmpint (audits (store, "visit.correct"), ==, 3);

  log = fd_store_list_audit (store, admin, 50, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < log->len; i++)
    {
      FdAuditEntry *entry = log->pdata[i];

      if (g_str_equal (entry->action, "visit.correct"))
        {
          g_assert_cmpstr (entry->actor, ==, "test-receptionist");
          g_assert_null (strstr (entry->detail, "李"));
        }
    }
}

/* Hosts, settings and the watchlist: refused to the roles without them. */
static void
test_admin_and_security (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) watch = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *name = NULL;
  g_autoptr(FdHost) edited = NULL;
  g_autoptr(FdHost) reread = NULL;
  gint64 host = fd_test_host_id (store, "王芳", NULL);
  gint64 entry;
  guint n_hosts;

  g_assert_false (fd_store_set_host_active (store, reception, host, FALSE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (fd_store_change_setting (store, security, "company_name", "X", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_watch (store, reception, "赵四", "13900001111", NULL, "前员工", &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_null (fd_store_list_watch (store, reception, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (audits (store, "denied"), ==, 4);

  all = fd_store_list_hosts (store, TRUE, NULL);
  n_hosts = all->len;
  g_assert_true (fd_store_set_host_active (store, admin, host, FALSE, &error));
  active = fd_store_list_hosts (store, TRUE, NULL);
  g_assert_cmpuint (active->len, ==, n_hosts - 1);
  g_assert_true (fd_store_change_setting (store, admin, "company_name", "星河科技（北京）", &error));
  name = fd_store_get_setting (store, "company_name", NULL);
  g_assert_cmpstr (name, ==, "星河科技（北京）");
  g_assert_cmpint (audits (store, "setting.change"), ==, 1);

  /* Editing a host: an administrator's, checked like the import. */
  edited = fd_store_get_host (store, host, NULL);
  g_free (edited->phone);
  edited->phone = g_strdup ("138-0000-0099");
  g_assert_false (fd_store_update_host (store, reception, edited, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_free (edited->email);
  edited->email = g_strdup ("not an address");
  g_assert_false (fd_store_update_host (store, admin, edited, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_free (edited->email);
  edited->email = g_strdup ("wang.fang@example.com");
  g_assert_true (fd_store_update_host (store, admin, edited, &error));
  g_assert_no_error (error);
  reread = fd_store_get_host (store, host, NULL);
  g_assert_cmpstr (reread->phone, ==, "13800000099");
  g_assert_cmpstr (reread->email, ==, "wang.fang@example.com");
  g_assert_cmpint (audits (store, "host.edit"), ==, 1);

  entry = fd_store_add_watch (store, security, "赵四", "13900001111", NULL, "前员工", &error);
  g_assert_no_error (error);
  watch = fd_store_list_watch (store, security, &error);
  g_assert_cmpuint (watch->len, ==, 1);
  g_assert_cmpstr (((FdWatch *) watch->pdata[0])->reason, ==, "前员工");
  g_assert_cmpstr (((FdWatch *) watch->pdata[0])->created_by, ==, "test-security");
  g_assert_true (fd_store_remove_watch (store, security, entry, &error));
  after = fd_store_list_watch (store, security, &error);
  g_assert_cmpuint (after->len, ==, 0);
}

/* Invitations: today's open ones are listed; the host gets the code. */
static void
test_invitations (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GPtrArray) tomorrow = NULL;
  g_autofree char *day = fd_store_today (store);
  g_autofree char *code = NULL;

  reg->name = g_strdup ("Anna Schmidt");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->purpose = g_strdup ("Audit");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, day, &code, &error), >, 0);
  g_assert_no_error (error);

  today = fd_store_list_invitations (store, fd_test_staff (), day, &error);
  g_assert_cmpuint (today->len, ==, 1);
  g_assert_cmpstr (((FdInvitation *) today->pdata[0])->name, ==, "Anna Schmidt");
  tomorrow = fd_store_list_invitations (store, fd_test_staff (), "2099-01-01", &error);
  g_assert_cmpuint (tomorrow->len, ==, 0);
  g_assert_cmpuint (fd_test_outbox_count (store, code), ==, 1);
}

/* Upcoming invitations list today's and later days', soonest first; a
 * cancelled one leaves the list, its code no longer checks in, and a
 * second cancel is refused (REG-1: only a registered visitor enters). */
static void
test_invitations_upcoming (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *day = fd_store_today (store);
  g_autofree char *later_code = NULL;
  g_autofree char *today_code = NULL;
  gint64 later;

  reg->name = g_strdup ("Anna Schmidt");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->purpose = g_strdup ("Audit");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  later = fd_store_add_invitation (store, fd_test_staff (), reg, "2099-01-02", &later_code, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, day, &today_code, &error), >, 0);
  {
    g_autofree char *none = NULL;

    /* A day that has passed, or that does not exist, is refused. */
    g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, "2000-01-01", &none, &error), ==, 0);
    g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, "2099-02-30", &none, &error), ==, 0);
    g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
    g_clear_error (&error);
  }

  upcoming = fd_store_list_upcoming_invitations (store, fd_test_staff (), day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (upcoming->len, ==, 2);
  g_assert_cmpstr (((FdInvitation *) upcoming->pdata[0])->code, ==, today_code);
  g_assert_cmpstr (((FdInvitation *) upcoming->pdata[1])->day, ==, "2099-01-02");

  g_assert_true (fd_store_cancel_invitation (store, fd_test_staff (), later, &error));
  g_assert_no_error (error);
  g_assert_false (fd_store_cancel_invitation (store, fd_test_staff (), later, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  after = fd_store_list_upcoming_invitations (store, fd_test_staff (), day, &error);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpint (fd_store_check_in_invitation (store, later_code, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
}

/* REG-7: a reissue records the site's fee in the audit log. */
static void
test_reissue_fee (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *token = NULL;
  gint64 id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  gboolean found = FALSE;

  g_assert_true (fd_store_change_setting (store, admin, "badge_fee", "20 元", NULL));
  token = fd_store_reissue_badge (store, fd_test_staff (), id, NULL);
  g_assert_nonnull (token);
  log = fd_store_list_audit (store, admin, 10, NULL);
  for (guint i = 0; i < log->len; i++)
    {
      FdAuditEntry *entry = log->pdata[i];

      if (g_str_equal (entry->action, "badge.reissue"))
        {
          g_assert_cmpstr (entry->detail, ==, "fee 20 元");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdVisit **out = user_data;

  *out = fd_store_check_out_finish (FD_STORE (source), result, NULL);
}

/* REC-5, REG-4: a check-out is one call and one transaction with what goes
 * with it: the items checked, the badge back (in hand at the desk, or in the
 * kiosk's return box where the site has one); a second check-out of the
 * same visit records nothing. */
static void
test_check_out_in_one_call (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  gint64 host = fd_test_host_id (store, "王芳", NULL);
  gint64 at_desk = fd_test_add_visit (store, "李雷", "13812345678", host);
  g_autoptr(FdVisit) kiosk_visit = fd_store_get_visit (store, fd_test_add_visit (store, "韩梅梅", "13912345678", host), NULL);
  g_autoptr(FdVisit) boxed_visit = fd_store_get_visit (store, fd_test_add_visit (store, "马冬梅", "13600000000", host), NULL);
  FdCheckOut desk = { .visit_id = at_desk, .badge = FD_BADGE_BACK_YES, .items = "checked" };
  FdCheckOut kiosk = { .token = kiosk_visit->badge_token, .badge = FD_BADGE_BACK_IF_BOX };
  FdCheckOut boxed = { .token = boxed_visit->badge_token, .badge = FD_BADGE_BACK_IF_BOX };
  g_autoptr(FdVisit) left = NULL;
  g_autoptr(FdVisit) again = NULL;
  g_autoptr(GError) error = NULL;
  FdVisit *async_left = NULL;

  left = fd_store_check_out (store, fd_test_staff (), &desk, &error);
  g_assert_no_error (error);
  g_assert_cmpint (left->state, ==, FD_VISIT_LEFT);
  g_assert_cmpint (left->badge_returned_ms, >, 0);
  g_assert_cmpint (audits (store, "visit.checkout"), ==, 1);
  g_assert_cmpint (audits (store, "visit.items"), ==, 1);
  g_assert_cmpint (audits (store, "badge.returned"), ==, 1);

  /* Already left: refused, and nothing more in the audit log. */
  again = fd_store_check_out (store, fd_test_staff (), &desk, &error);
  g_assert_null (again);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (audits (store, "visit.items"), ==, 1);
  g_assert_cmpint (audits (store, "badge.returned"), ==, 1);

  /* The kiosk, without a return box: the staff window confirms the badge
   * later.  The kiosk may not check out by a visit's number. */
  g_clear_pointer (&left, fd_visit_free);
  left = fd_store_check_out (store, NULL, &kiosk, &error);
  g_assert_no_error (error);
  g_assert_cmpint (left->state, ==, FD_VISIT_LEFT);
  g_assert_cmpint (left->badge_returned_ms, ==, 0);
  g_assert_null (fd_store_check_out (store, NULL, &(FdCheckOut) { .visit_id = boxed_visit->id }, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* With a return box, in a worker thread. */
  g_assert_true (fd_store_change_setting (store, admin, "badge_return_box", "1", NULL));
  fd_store_check_out_async (store, NULL, &boxed, NULL, checked_out_cb, &async_left);
  g_assert_true (fd_test_wait_until (is_set, &async_left, 5000));
  g_assert_cmpint (async_left->state, ==, FD_VISIT_LEFT);
  g_assert_cmpint (async_left->badge_returned_ms, >, 0);
  fd_visit_free (async_left);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reception/confirm-before-printing", test_confirm_policy);
  g_test_add_func ("/reception/corrections-audited", test_corrections);
  g_test_add_func ("/reception/admin-and-security-roles", test_admin_and_security);
  g_test_add_func ("/reception/invitations-today", test_invitations);
  g_test_add_func ("/reception/invitations-upcoming", test_invitations_upcoming);
  g_test_add_func ("/reception/reissue-fee", test_reissue_fee);
  g_test_add_func ("/reception/check-out-in-one-call", test_check_out_in_one_call);
  return g_test_run ();
}
