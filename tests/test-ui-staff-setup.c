/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-badge-issue.h"
#include "fd-test-printers.h"
#include "fd-test-smtp.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/*
 * Tried at the desk: the office printer, the mail server and the chat
 * channels could only be set up by editing settings, a queue that did not
 * exist was accepted, and nothing could be tested.  An administrator now
 * does it on the administration page, against a real private CUPS
 * scheduler and a real SMTP server: the office printer is chosen from the
 * queues the print server has, each printer prints a sample badge whose QR
 * is read back from the printed PDF, the mail server is set and a test
 * message arrives.
 */

static FdStaffWindow *
open_admin (FdStore       *store,
            gconstpointer  data)
{
  FdStaffWindow *staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);

  settings->printer = g_strdup ("pdf");
  settings->folder = g_strdup (g_get_tmp_dir ());
  settings->size = FD_BADGE_CR80;
  settings->timeout_ms = 30000;
  fd_staff_window_set_print_settings (staff, settings);
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_ADMIN);
  fd_staff_window_show_view (staff, "admin");
  return staff;
}

/* The position of the first item of @drop_down's list that starts with
 * @prefix; GTK_INVALID_LIST_POSITION while there is none. */
static guint
item_starting (GtkDropDown *drop_down,
               const char  *prefix)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), prefix))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
queue_listed (gpointer drop_down)
{
  return item_starting (drop_down, "pdf · ") != GTK_INVALID_LIST_POSITION;
}

static gboolean
office_is_pdf (gpointer store)
{
  g_autofree char *office = fd_store_get_setting (store, "office_printer", "");

  return g_str_equal (office, "pdf");
}

typedef struct {
  guint before;
} Count;

static gboolean
one_more_pdf (gpointer data)
{
  return fd_test_printers_pdf_count () > ((Count *) data)->before;
}

/* The sample badge that reached the queue carries the test token. */
static void
assert_sample_printed (Count *count)
{
  g_autofree char *last = NULL;
  g_autofree char *decoded = NULL;

  g_assert_true (fd_test_wait_until (one_more_pdf, count, 30000));
  last = fd_test_printers_last_pdf ();
  decoded = fd_test_decode_qr (last);
  g_assert_cmpstr (decoded, ==, "FD1-TESTTESTTESTTESTTESTTESTTE");
  count->before = fd_test_printers_pdf_count ();
}

static void
test_printers (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdStaffWindow *staff = open_admin (store, data);
  GtkDropDown *office = GTK_DROP_DOWN (fd_test_ui_named (staff, "office-printer"));
  Count count = { fd_test_printers_pdf_count () };

  /* The badge printer is the station's; it prints a sample badge. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("本机访客证打印机：pdf", "Badge printer of this station: pdf")));
  fd_test_ui_click (fd_test_ui_named (staff, "badge-test"));
  assert_sample_printed (&count);
  g_assert_true (fd_test_ui_text_shows (staff, T ("样张已发送到 pdf", "A sample badge went to pdf")));

  /* The office printer is one of the print server's queues, with its
   * state; choosing it stores it at once. */
  g_assert_true (fd_test_wait_until (queue_listed, office, 10000));
  g_assert_false (gtk_widget_get_sensitive (fd_test_ui_named (staff, "office-test")));
  gtk_drop_down_set_selected (office, item_starting (office, "pdf · "));
  g_assert_true (fd_test_wait_until (office_is_pdf, store, 5000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("疏散名单今后在这台打印机上打印", "The evacuation list now prints on this printer")));
  fd_test_ui_click (fd_test_ui_named (staff, "office-test"));
  assert_sample_printed (&count);
  {
    g_autofree char *file = g_strdup_printf ("staff-admin-printers-%s", fd_lang_code (fd_test_lang (data)));

    /* The section, below the site settings on the long page. */
    fd_test_ui_screenshot (fd_test_ui_named (staff, "printers-section"), file);
  }
  fd_test_staff_close (staff);
}

static gboolean
smtp_saved (gpointer store)
{
  g_autofree char *url = fd_store_get_setting (store, "smtp_url", "");
  g_autofree char *from = fd_store_get_setting (store, "smtp_from", "");

  return g_str_has_prefix (url, "smtp://127.0.0.1:") && g_str_equal (from, "frontdesk@example.com");
}

static void
test_messages (gconstpointer data)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autofree char *url = NULL;
  g_autofree char *mail = NULL;
  FdStaffWindow *staff;
  FdTestMailWait wait;

  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  /* The test server has no TLS; the page's own check box for it is tested
   * with the other settings. */
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);
  staff = open_admin (store, data);

  /* A wrong address is refused with the reason, and nothing is stored. */
  fd_test_ui_type (fd_test_ui_named (staff, "setting-smtp_url"), "ftp://mail.example.com");
  fd_test_ui_click (fd_test_ui_named (staff, "messaging-save"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("未保存：", "Not saved: ")));
  {
    g_autofree char *stored = fd_store_get_setting (store, "smtp_url", "");

    g_assert_cmpstr (stored, ==, "");
  }

  fd_test_ui_type (fd_test_ui_named (staff, "setting-smtp_url"), url);
  fd_test_ui_type (fd_test_ui_named (staff, "setting-smtp_from"), "frontdesk@example.com");
  /* Enter in a field saves the form. */
  fd_test_ui_enter (fd_test_ui_named (staff, "setting-smtp_from"));
  g_assert_true (fd_test_wait_until (smtp_saved, store, 5000));
  /* The secret is not shown again. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("消息设置已保存", "Message settings saved")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fd_test_ui_named (staff, "setting-smtp_url"))), ==, "");

  fd_test_ui_type (fd_test_ui_named (staff, "test-recipient"), "wang.fang@example.com");
  fd_test_ui_click (fd_test_ui_named (staff, "test-message"));
  wait = (FdTestMailWait) { &smtp, 1 };
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 15000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已送达", "Delivered.")));
  mail = fd_test_read_mail (&smtp);
  g_assert_true (g_str_has_prefix (mail, "<wang.fang@example.com>\n"));
  g_assert_nonnull (strstr (mail, T ("Frontdesk 测试消息", "Frontdesk test message")));

  {
    g_autofree char *file = g_strdup_printf ("staff-admin-messages-%s", fd_lang_code (fd_test_lang (data)));

    fd_test_ui_screenshot (fd_test_ui_named (staff, "messages-section"), file);
  }
  /* A mail server that is gone: the page says so. */
  fd_test_smtp_stop (&smtp);
  fd_test_ui_click (fd_test_ui_named (staff, "test-message"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("未送达", "Not delivered")));
  fd_test_staff_close (staff);
}

int
main (int    argc,
      char **argv)
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  fd_test_printers_start ();
  for (int en = 0; en <= 1; en++)
    {
      const char *suffix = en ? "en" : "zh_CN";
      g_autofree char *printers = g_strdup_printf ("/staff/admin/printers/%s", suffix);
      g_autofree char *messages = g_strdup_printf ("/staff/admin/messages/%s", suffix);

      g_test_add_data_func (printers, GINT_TO_POINTER (en), test_printers);
      g_test_add_data_func (messages, GINT_TO_POINTER (en), test_messages);
    }
  status = g_test_run ();
  fd_test_printers_stop ();
  return status;
}
