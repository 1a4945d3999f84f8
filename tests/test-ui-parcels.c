/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-kiosk-host-picker.h"
#include "fd-signature-pad.h"
#include "fd-staff-parcel-dialog.h"
#include "fd-staff-window.h"
#include "fd-store-parcels.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The parcels page of the staff window, PKG-1 to PKG-5, as a receptionist
 * uses it, in both languages, with screenshots: a damaged parcel logged
 * with its photo, handed over with an identity check and a signature, and
 * one unclaimed for a week returned to the carrier. */

#define DAY_MS (24 * 3600 * (gint64) 1000)

static void
screenshot (GtkWidget     *window,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-parcels-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (300);
  fd_test_ui_screenshot (window, file);
}

/* A photo of a torn box, as a phone would give one: a PNG file. */
static GFile *
torn_box_photo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-photo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "torn-box.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  cairo_set_source_rgb (cr, 0.76, 0.6, 0.42);  /* cardboard */
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.1, 0.05);
  cairo_set_line_width (cr, 12);
  cairo_move_to (cr, 100, 100);
  cairo_line_to (cr, 350, 300);
  cairo_line_to (cr, 250, 500);
  cairo_stroke (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_file_new_for_path (path);
}

/* The button named @name in the row of parcel @id on the parcels page. */
static GtkWidget *
parcel_button (FdStaffWindow *staff,
               gint64         id,
               const char    *name)
{
  GtkWidget *page = fd_staff_window_get_page (staff, "parcels");

  for (const char *list_name = "parcels-waiting"; list_name != NULL;
       list_name = g_str_equal (list_name, "parcels-waiting") ? "parcels-ended" : NULL)
    for (GtkWidget *row = gtk_widget_get_first_child (fd_test_ui_named (page, list_name)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      {
        GtkWidget *button = fd_ui_find_named (row, name);
        GVariant *target = button != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)) : NULL;

        if (target != NULL && g_variant_get_int64 (target) == id && gtk_widget_get_visible (button))
          return button;
      }
  return NULL;
}

static gboolean
preview_shown (gpointer dialog)
{
  fd_test_ui_iterate (20);
  return gtk_widget_get_visible (fd_ui_find_named (dialog, "parcel-photo-preview"));
}

typedef struct {
  FdStore  *store;
  gint64    id;
  FdParcelState state;
} ParcelWait;

static gboolean
parcel_in_state (gpointer data)
{
  ParcelWait *wait = data;
  g_autoptr(FdParcel) parcel = fd_store_get_parcel (wait->store, fd_test_staff (), wait->id, NULL);

  fd_test_ui_iterate (20);
  return parcel != NULL && parcel->state == wait->state;
}

static gint64
last_parcel (FdStore *store)
{
  g_autoptr(GPtrArray) waiting = fd_store_list_parcels (store, fd_test_staff (), FD_PARCELS_WAITING, NULL);

  return waiting->len > 0 ? ((FdParcel *) waiting->pdata[waiting->len - 1])->id : 0;
}

static gboolean
parcel_logged (gpointer store)
{
  fd_test_ui_iterate (20);
  return last_parcel (store) > 0 && fd_test_sql (fd_store_get_path (store), "SELECT COUNT(*) FROM parcels") == 2;
}

static void
test_parcels (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GFile) photo = torn_box_photo ();
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / 1000;
  gint64 old, logged;
  FdParcelIn in = { "YT9876543210", "圆通速递", 0, NULL, NULL };
  FdStaffWindow *staff;
  GtkWidget *dialog, *pad;
  ParcelWait wait;
  static const double stroke[] = { 40, 120, 90, 60, 140, 130, 200, 70, 260, 140, 330, 80 };

  /* One parcel came eight days ago, for 李娜, and was never collected. */
  fd_store_set_clock (store, fd_test_clock, &now);
  now -= 8 * DAY_MS;
  in.recipient_id = fd_test_host_id (store, "李娜", NULL);
  old = fd_store_receive_parcel (store, fd_test_staff (), &in, &error);
  g_assert_no_error (error);
  now += 8 * DAY_MS;
  g_assert_true (fd_store_remind_parcels (store, NULL, &error));

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_staff_window_show_view (staff, "parcels");
  g_assert_true (fd_test_ui_text_shows (staff, "YT9876543210"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("1 件待领 · 1 件已满 7 天无人领取：请退回快递公司",
                                                  "1 waiting · 1 unclaimed for 7 days: return them to the carrier")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已等 8 天 · 已提醒", "waiting 8 days · reminded")));

  /* PKG-1, PKG-2: a damaged parcel for 王芳, logged with its photo. */
  fd_test_ui_click (fd_test_ui_named (staff, "parcel-log"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "parcel-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("parcel-dialog");
  fd_test_ui_type (fd_ui_find_named (dialog, "parcel-tracking"), "sf 1234 5678 901");
  fd_test_ui_click (fd_ui_find_named (dialog, "parcel-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请选择收件人", "Please choose the recipient")));
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, "parcel-recipient"),
                                                              FD_TYPE_KIOSK_HOST_PICKER, "host_entry")),
                   "王芳");
  g_assert_true (fd_test_ui_text_shows (dialog, "市场部"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "parcel-damaged")), TRUE);
  fd_test_ui_click (fd_ui_find_named (dialog, "parcel-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请说明外包装的问题", "Please say what is wrong with the packaging")));
  fd_test_ui_type (fd_ui_find_named (dialog, "parcel-damage"), T ("外箱一角破损", "torn corner"));
  fd_staff_parcel_dialog_take_photo (FD_STAFF_PARCEL_DIALOG (dialog), photo);
  g_assert_true (fd_test_wait_until (preview_shown, dialog, 10000));
  screenshot (dialog, "log", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "parcel-save"));
  g_assert_true (fd_test_wait_until (parcel_logged, store, 10000));
  logged = last_parcel (store);
  g_assert_cmpint (logged, !=, old);
  {
    g_autoptr(FdParcel) parcel = fd_store_get_parcel (store, fd_test_staff (), logged, &error);
    g_autoptr(GBytes) kept = fd_store_get_parcel_photo (store, fd_test_staff (), logged, &error);
    const guint8 *jpeg = g_bytes_get_data (kept, NULL);

    g_assert_cmpstr (parcel->tracking, ==, "SF12345678901");
    g_assert_cmpstr (parcel->carrier, ==, "顺丰速运");
    g_assert_cmpstr (parcel->damage, ==, T ("外箱一角破损", "torn corner"));
    g_assert_true (jpeg[0] == 0xFF && jpeg[1] == 0xD8);  /* made a JPEG */
  }
  /* PKG-3 with nothing set up to tell 王芳: the receptionist is told to call. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("请致电 13800000003", "please call them on 13800000003")));
  g_assert_true (fd_test_ui_text_shows (staff, "SF12345678901"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("破损：外箱一角破损", "Damaged: torn corner")));
  screenshot (GTK_WIDGET (staff), "page", data);

  /* The photo, for the carrier. */
  fd_test_ui_click (parcel_button (staff, logged, "parcel-photo"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "parcel-photo-window", 5000));
  gtk_window_destroy (GTK_WINDOW (fd_test_ui_find_toplevel ("parcel-photo-window")));

  /* PKG-4: handed over to 王芳 once her identity is checked and she signed. */
  fd_test_ui_click (parcel_button (staff, logged, "parcel-hand-over"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "hand-over-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("hand-over-dialog");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fd_ui_find_named (dialog, "hand-over-collector"))), ==, "王芳");
  fd_test_ui_click (fd_ui_find_named (dialog, "hand-over-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请核对对方身份", "Please check who they are")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "hand-over-identity")), TRUE);
  fd_test_ui_click (fd_ui_find_named (dialog, "hand-over-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请对方在框内签名", "Please have them sign in the box")));
  pad = fd_ui_find_named (dialog, "hand-over-signature");
  fd_signature_pad_write (FD_SIGNATURE_PAD (pad), stroke, G_N_ELEMENTS (stroke) / 2);
  screenshot (dialog, "hand-over", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "hand-over-save"));
  wait = (ParcelWait) { store, logged, FD_PARCEL_COLLECTED };
  g_assert_true (fd_test_wait_until (parcel_in_state, &wait, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("快递已交接并签收。", "Parcel handed over and signed for.")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("由 王芳 领取", "Collected by 王芳")));
  {
    g_autofree char *signature = fd_store_get_parcel_signature (store, fd_test_staff (), logged, &error);

    g_assert_true (fd_parcel_signature_is_valid (signature));
  }
  fd_test_ui_click (parcel_button (staff, logged, "parcel-signature"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "parcel-signature-window", 5000));
  screenshot (fd_test_ui_find_toplevel ("parcel-signature-window"), "signature", data);
  gtk_window_destroy (GTK_WINDOW (fd_test_ui_find_toplevel ("parcel-signature-window")));

  /* PKG-5: the week-old parcel goes back to the carrier. */
  fd_test_ui_click (parcel_button (staff, old, "parcel-return"));
  wait = (ParcelWait) { store, old, FD_PARCEL_RETURNED };
  g_assert_true (fd_test_wait_until (parcel_in_state, &wait, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已退回快递公司（无人领取）", "Returned to the carrier, unclaimed")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("前台没有待领的快递。", "No parcel is waiting at the desk.")));
  screenshot (GTK_WIDGET (staff), "done", data);
  fd_test_store_settle (store);
  fd_test_staff_close (staff);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  for (int en = 0; en <= 1; en++)
    {
      g_autofree char *path = g_strdup_printf ("/ui-parcels/%s/log-hand-over-return", en ? "en" : "zh");

      g_test_add_data_func (path, GINT_TO_POINTER (en), test_parcels);
    }
  return g_test_run ();
}
