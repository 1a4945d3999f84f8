/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-error.h"
#include "fd-staff-window.h"
#include "fd-test-printers.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* Badges on real printing stacks: a private CUPS scheduler with a Brother QL
 * queue, a Zebra ZPL queue, a queue that keeps each PDF, one out of labels
 * and one that never answers.  The printed badge is read back as a scanner
 * would: pdftoppm, then zbarimg. */

/* Runs frontdeskctl, which must succeed; returns its output. */
static char *
ctl_out (const char *db,
         ...)
{
  char *out = NULL;
  g_autofree char *err = NULL;
  va_list ap;
  int status;

  va_start (ap, db);
  status = fd_test_ctlv (db, &out, &err, ap);
  va_end (ap);
  if (status != 0)
    g_error ("frontdeskctl failed: %s", err);
  return out;
}

/* Adds a visit through frontdeskctl; returns its id and badge token. */
static gint64
add_visit (const char  *db,
           const char  *name,
           char       **token)
{
  g_autofree char *out = ctl_out (db, "visits", "add", "--name", name, "--phone", "13812345678",
                                  "--host", "王芳", "--purpose", "参观", "--company", "示例科技有限公司",
                                  "--json", NULL);
  g_autoptr(JsonNode) node = json_from_string (out, NULL);
  JsonObject *visit = json_node_get_object (node);
  gint64 id = json_object_get_int_member (visit, "id");

  /* frontdeskctl never prints a live token: read it from the database. */
  g_assert_false (json_object_has_member (visit, "badge_token"));
  if (token != NULL)
    *token = fd_test_stored_token (db, id);
  return id;
}

static char *
demo_db (void)
{
  g_autofree char *db = fd_test_temp_db ();

  g_free (ctl_out (db, "demo", NULL));
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  return g_steal_pointer (&db);
}

/* REG-4: every badge size, with a Chinese, a long Latin and a mixed name,
 * printed through CUPS; the document the printer received carries exactly
 * the visit's token. */
static void
test_qr_every_size_and_name (void)
{
  static const char * const names[] = { "张伟伟", "Alexandra Montgomery-Fitzgerald of Westminster", "李雷 Lee Ray" };
  static const char * const sizes[] = { "cr80", "62x100", "dymo-30857", "4x3in" };
  g_autofree char *db = demo_db ();

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autofree char *token = NULL;
        gint64 id = add_visit (db, names[n], &token);
        g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
        guint before = fd_test_printers_pdf_count ();
        g_autofree char *out = ctl_out (db, "--user", "demo", "badge", "print", id_text, "--printer", "pdf", "--size", sizes[s], NULL);
        g_autofree char *pdf = NULL;
        g_autofree char *decoded = NULL;

        g_assert_cmpuint (fd_test_printers_pdf_count (), ==, before + 1);
        pdf = fd_test_printers_last_pdf ();
        decoded = fd_test_decode_qr (pdf);
        g_test_message ("%s on %s: %s", names[n], sizes[s], decoded);
        g_assert_cmpstr (decoded, ==, token);

        /* The on-screen preview of the same badge, kept for people to
         * look at; a scanner reads it too. */
        {
          g_autofree char *dir = g_build_filename (g_getenv ("FD_BUILD_DIR"), "screenshots", NULL);
          g_autofree char *file = g_strdup_printf ("badge-%s-%u.png", sizes[s], n);
          g_autofree char *png = g_build_filename (dir, file, NULL);
          g_autofree char *written = NULL;
          g_autofree char *scanned = NULL;
          const char *zbar[] = { "zbarimg", "-q", "--raw", png, NULL };

          g_mkdir_with_parents (dir, 0755);
          written = ctl_out (db, "--user", "demo", "badge", "png", id_text, png, "--size", sizes[s], NULL);
          g_spawn_sync (NULL, (char **) zbar, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, &scanned, NULL, NULL, NULL);
          g_assert_cmpstr (g_strstrip (scanned), ==, token);
        }
      }
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

/* The QL and Zebra drivers turn our PDF into their printers' own
 * languages: Brother QL raster for 62 mm tape, and ZPL. */
static void
test_native_output (void)
{
  g_autofree char *db = demo_db ();
  g_autofree char *token = NULL;
  gint64 id = add_visit (db, "李雷", &token);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *ql_path = fd_test_printers_out ("ql");
  g_autofree char *zebra_path = fd_test_printers_out ("zebra");
  g_autofree char *ql = NULL;
  g_autofree char *zpl = NULL;
  g_autofree char *out1 = ctl_out (db, "--user", "demo", "badge", "print", id_text, "--printer", "ql", "--size", "62x100", NULL);
  g_autofree char *out2 = ctl_out (db, "--user", "demo", "badge", "print", id_text, "--printer", "zebra", "--size", "4x3in", NULL);
  gsize ql_len = 0, zpl_len = 0;
  const char *init, *info;
  guint raster_lines = 0;

  ql = read_file (ql_path, &ql_len);
  /* Invalidate (zeros), initialise (ESC @), raster mode (ESC i a 1),
   * print information (ESC i z) for 62 mm media, raster lines ('g'), and
   * the final print command (0x1A). */
  init = memmem (ql, ql_len, "\x1b@", 2);
  g_assert_nonnull (init);
  g_assert_cmpint (init - ql, >=, 200);
  for (const char *p = ql; p < init; p++)
    g_assert_cmpint (*p, ==, 0);
  g_assert_nonnull (memmem (ql, ql_len, "\x1bia\x01", 4));
  info = memmem (ql, ql_len, "\x1biz", 3);
  g_assert_nonnull (info);
  g_assert_cmpint ((guchar) info[5], ==, 62);
  for (const char *p = info; (p = memchr (p, 'g', ql_len - (gsize) (p - ql))) != NULL; p++)
    raster_lines++;
  g_assert_cmpuint (raster_lines, >, 300);
  g_assert_cmpint (ql[ql_len - 1], ==, 0x1a);

  zpl = read_file (zebra_path, &zpl_len);
  g_assert_true (g_str_has_prefix (zpl, "~DG"));
  g_assert_nonnull (strstr (zpl, "^XA"));
  g_assert_nonnull (strstr (zpl, "^XGR:CUPS.GRF"));
  g_assert_nonnull (strstr (zpl, "^XZ"));
}

/* REG-7: a reissued badge gets a new token; the old badge checks no one
 * out any more. */
static void
test_reissue_revokes_old_token (void)
{
  g_autofree char *db = demo_db ();
  g_autofree char *old_token = NULL;
  gint64 id = add_visit (db, "韩梅梅", &old_token);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *reissued = ctl_out (db, "--user", "demo", "badge", "reissue", id_text, NULL);
  g_autofree char *new_token = fd_test_stored_token (db, id);
  g_autoptr(FdStore) store = fd_store_open (db, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *out = NULL;
  g_autofree char *last = NULL;
  gint64 audits = 0;

  g_assert_cmpstr (new_token, !=, old_token);
  g_assert_null (strstr (reissued, new_token));  /* the token goes onto the badge only */

  /* The old badge is refused, by the core and by frontdeskctl. */
  g_assert_cmpint (fd_store_checkout_by_token (store, fd_test_staff (), old_token, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);

  /* The new badge is printed with the new token, and checks out. */
  out = ctl_out (db, "--user", "demo", "badge", "print", id_text, "--printer", "pdf", NULL);
  last = fd_test_printers_last_pdf ();
  printed = fd_test_decode_qr (last);
  g_assert_cmpstr (printed, ==, new_token);
  g_assert_cmpint (fd_store_checkout_by_token (store, fd_test_staff (), new_token, &error), ==, id);
  g_assert_no_error (error);
  fd_store_count_audit (store, "badge.reissue", &audits, NULL);
  g_assert_cmpint (audits, ==, 1);
}

/* Printer faults: the kiosk registers a visitor on a failing printer.  The
 * visit stays recorded, the staff window says why within 5 s, and after
 * recovery one click on Reprint prints the badge. */

typedef struct {
  const char *printer;
  const char *problem;        /* the stored problem id */
  const char *staff_words;    /* what the staff window says, in Chinese */
  void      (*recover) (void);
} Fault;

static void
refill_labels (void)
{
  g_autofree char *out = fd_test_printers_out ("pdf");
  g_autofree char *uri = g_strconcat ("keep:", out, NULL);

  fd_test_printers_run ("lpadmin", "-p", "fault", "-v", uri, NULL);
  fd_test_printers_run ("cupsenable", "fault", NULL);
}

static void
resume_queue (void)
{
  fd_test_printers_run ("cupsenable", "pdf", NULL);
}

static void
reconnect (void)
{
  g_autofree char *out = fd_test_printers_out ("pdf");
  g_autofree char *uri = g_strconcat ("keep:", out, NULL);

  fd_test_printers_run ("lpadmin", "-p", "offline", "-v", uri, NULL);
}

typedef struct {
  FdStaffWindow *staff;
  gint64         id;
  FdBadgeState   state;
} RowWait;

static gboolean
row_in_state (gpointer data)
{
  RowWait *wait = data;
  FdVisit *visit = fd_staff_window_find_visit (wait->staff, wait->id);

  return visit != NULL && visit->badge_state == wait->state;
}

static void
issued_cb (FdKioskWindow *kiosk,
           gint64         id,
           gpointer       user_data)
{
  *(gint64 *) user_data = id;
}

static gboolean
nonzero (gpointer data)
{
  return *(gint64 *) data != 0;
}

static void
run_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdStore) staff_store = fd_store_open (fd_store_get_path (store), NULL);
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);
  FdKioskWindow *kiosk;
  FdStaffWindow *staff;
  gint64 issued = 0;
  gint64 failed_at, shown_ms;
  RowWait wait;
  g_autofree char *text = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *last = NULL;
  guint before;

  settings->printer = g_strdup (fault->printer);
  settings->folder = g_strdup (g_get_tmp_dir ());
  settings->size = FD_BADGE_LABEL_62;
  settings->timeout_ms = 3000;

  if (g_str_equal (fault->printer, "pdf"))
    fd_test_printers_run ("cupsdisable", "pdf", NULL);

  staff = fd_staff_window_new (NULL, staff_store, FD_LANG_ZH);
  fd_staff_window_set_print_settings (staff, settings);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);

  kiosk = fd_kiosk_window_new (NULL, store);
  fd_kiosk_window_set_print_settings (kiosk, settings);
  g_signal_connect (kiosk, "badge-issued", G_CALLBACK (issued_cb), &issued);
  gtk_window_present (GTK_WINDOW (kiosk));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "林小雨");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, phone_entry)), "13912345678");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, purpose_entry)), "参观");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, host_entry)), "陈静");
  g_assert_true (fd_test_wait_until (fd_test_kiosk_has_hosts, kiosk, 3000));
  gtk_list_box_select_row (KIOSK (kiosk, host_list), gtk_list_box_get_row_at_index (KIOSK (kiosk, host_list), 0));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));

  /* The kiosk tells the visitor to collect the badge at reception. */
  g_assert_true (fd_test_wait_until (nonzero, &issued, 15000));
  failed_at = g_get_monotonic_time ();
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "done");
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, done_print)), ==, "您的访客证暂时无法打印，请到前台领取，我们已通知前台。");

  /* The visit is recorded; the badge is marked not printed, and why. */
  visit = fd_store_get_visit (store, issued, NULL);
  g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);
  g_assert_cmpint (visit->badge_state, ==, FD_BADGE_FAILED);
  g_assert_cmpstr (visit->badge_detail, ==, fault->problem);

  wait = (RowWait) { staff, issued, FD_BADGE_FAILED };
  g_assert_true (fd_test_wait_until (row_in_state, &wait, 5000));
  shown_ms = (g_get_monotonic_time () - failed_at) / 1000;
  g_test_message ("staff window showed the fault after %" G_GINT64_FORMAT " ms", shown_ms);
  g_assert_cmpint (shown_ms, <=, 5000);
  text = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_nonnull (strstr (text, fault->staff_words));
  fd_test_ui_iterate (200);
  {
    g_autofree char *shot = g_strdup_printf ("staff-badge-%s", fault->problem);

    fd_test_ui_screenshot (GTK_WIDGET (staff), shot);
  }

  /* Recovery, then one click. */
  fault->recover ();
  before = fd_test_printers_pdf_count ();
  fd_test_ui_click (fd_test_staff_button (staff, issued, "reprint"));
  wait.state = FD_BADGE_PRINTED;
  g_assert_true (fd_test_wait_until (row_in_state, &wait, 15000));
  g_assert_cmpuint (fd_test_printers_pdf_count (), ==, before + 1);
  g_clear_pointer (&visit, fd_visit_free);
  visit = fd_store_get_visit (store, issued, NULL);
  last = fd_test_printers_last_pdf ();
  decoded = fd_test_decode_qr (last);
  g_assert_cmpstr (decoded, ==, visit->badge_token);

  gtk_window_destroy (GTK_WINDOW (kiosk));
  fd_test_staff_close (staff);
  fd_test_ui_iterate (50);
}

static const Fault out_of_labels = { "fault", "media-empty", "标签纸用完了", refill_labels };
static const Fault paused = { "pdf", "paused", "打印机已暂停", resume_queue };
static const Fault unreachable = { "offline", "unreachable", "打印机没有响应", reconnect };

/* With no printer set up (make run), the badge is saved as a PDF and the
 * kiosk sends the visitor to reception for it. */
static void
test_no_printer_saves_pdf (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);
  g_autofree char *db_dir = fd_test_db_dir (fd_store_get_path (store));
  FdKioskWindow *kiosk;
  gint64 issued = 0;
  g_autoptr(FdVisit) visit = NULL;
  g_autofree char *decoded = NULL;

  settings->folder = g_build_filename (db_dir, "Frontdesk badges", NULL);
  settings->size = FD_BADGE_CR80;
  kiosk = fd_kiosk_window_new (NULL, store);
  fd_kiosk_window_set_print_settings (kiosk, settings);
  g_signal_connect (kiosk, "badge-issued", G_CALLBACK (issued_cb), &issued);
  gtk_window_present (GTK_WINDOW (kiosk));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "王小明");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, phone_entry)), "13912345678");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, purpose_entry)), "面试");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, host_entry)), "李娜");
  g_assert_true (fd_test_wait_until (fd_test_kiosk_has_hosts, kiosk, 3000));
  gtk_list_box_select_row (KIOSK (kiosk, host_list), gtk_list_box_get_row_at_index (KIOSK (kiosk, host_list), 0));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  g_assert_true (fd_test_wait_until (nonzero, &issued, 10000));

  visit = fd_store_get_visit (store, issued, NULL);
  g_assert_cmpint (visit->badge_state, ==, FD_BADGE_SAVED);
  g_assert_true (g_str_has_prefix (visit->badge_detail, settings->folder));
  /* The file is for reception; the visitor is told where to get the badge. */
  g_assert_null (strstr (gtk_label_get_text (KIOSK (kiosk, done_print)), visit->badge_detail));
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, done_print)), ==, "请到前台领取访客证。");
  decoded = fd_test_decode_qr (visit->badge_detail);
  g_assert_cmpstr (decoded, ==, visit->badge_token);
  fd_test_ui_iterate (300);
  fd_test_ui_screenshot (GTK_WIDGET (kiosk), "kiosk-done-saved-pdf-zh_CN");
  gtk_window_destroy (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (50);
}

/* A station's fallback printer takes the badge when its own printer is
 * missing; frontdeskctl printers lists the queues with their badge sizes. */
static void
test_fallback_and_printer_list (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);
  g_autoptr(FdBadgeOutcome) outcome = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *list = NULL;
  gint64 id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  settings->printer = g_strdup ("no-such-queue");
  settings->fallback = g_strdup ("pdf");
  settings->folder = g_strdup (g_get_tmp_dir ());
  settings->size = FD_BADGE_DYMO_30857;
  settings->timeout_ms = 10000;
  outcome = fd_badge_issue (store, settings, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome->state, ==, FD_BADGE_PRINTED);
  g_assert_cmpstr (outcome->detail, ==, "pdf");
  visit = fd_store_get_visit (store, id, NULL);
  last = fd_test_printers_last_pdf ();
  decoded = fd_test_decode_qr (last);
  g_assert_cmpstr (decoded, ==, visit->badge_token);

  list = ctl_out (fd_store_get_path (store), "printers", NULL);
  g_test_message ("%s", list);
  /* The Brother QL's 62 × 100 mm labels and nothing else: no CR80 cards,
   * which libcups would offer its larger labels for (Trust, finding 9). */
  g_assert_nonnull (strstr (list, "ql\tidle\tnone\t62x100\n"));
  g_assert_nonnull (strstr (list, "zebra\t"));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  return out;
}

/* Security's evacuation list: printed on A4 by the office printer through
 * CUPS, listing exactly the visitors on site. */
static void
test_evacuation_list (void)
{
  g_autofree char *db = demo_db ();
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *out = NULL;
  const char *info_argv[] = { "pdfinfo", NULL, NULL };
  gint64 gone;
  guint before;

  add_visit (db, "李雷", NULL);
  add_visit (db, "Maximilian Rodriguez-Featherstonehaugh", NULL);
  gone = add_visit (db, "已离开的访客", NULL);
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, gone);

    g_free (ctl_out (db, "--user", "demo", "visits", "checkout", id, NULL));
  }

  before = fd_test_printers_pdf_count ();
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);
  out = ctl_out (db, "--lang", "zh_CN", "--user", "demo", "evacuation", "print", "--printer", "pdf", NULL);
  g_unsetenv ("FRONTDESK_PASSWORD");
  g_assert_cmpstr (out, ==, "疏散名单已打印：在访访客 2 人\n");
  g_assert_cmpuint (fd_test_printers_pdf_count (), ==, before + 1);
  last = fd_test_printers_last_pdf ();
  text = pdf_text (last);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "紧急疏散名单"));
  g_assert_nonnull (strstr (text, "在访访客：2 人"));
  g_assert_nonnull (strstr (text, "李雷"));
  g_assert_nonnull (strstr (text, "Maximilian"));
  g_assert_null (strstr (text, "已离开的访客"));
  info_argv[1] = last;
  g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL, NULL);
  g_assert_nonnull (strstr (info, "(A4)"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  /* Page transitions take no time, so screenshots need no waiting. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  fd_test_printers_start ();

  g_test_add_func ("/print/reg-4/qr-every-size-and-name", test_qr_every_size_and_name);
  g_test_add_func ("/print/reg-4/ql-raster-and-zpl", test_native_output);
  g_test_add_func ("/print/reg-7/reissue-revokes-old-token", test_reissue_revokes_old_token);
  g_test_add_data_func ("/print/fault/out-of-labels", &out_of_labels, run_fault);
  g_test_add_data_func ("/print/fault/paused", &paused, run_fault);
  g_test_add_data_func ("/print/fault/unreachable", &unreachable, run_fault);
  g_test_add_func ("/print/no-printer-saves-pdf", test_no_printer_saves_pdf);
  g_test_add_func ("/print/fallback-and-printer-list", test_fallback_and_printer_list);
  g_test_add_func ("/print/security/evacuation-list", test_evacuation_list);

  status = g_test_run ();
  fd_test_printers_stop ();
  return status;
}
