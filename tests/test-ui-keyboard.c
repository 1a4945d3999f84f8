/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-kiosk-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The kiosk's on-screen keyboard, tapped as a visitor taps it, in both
 * languages and both orientations, with screenshots: pinyin with its
 * candidates, the digit pad, handwriting.  (Handwriting from real pointer
 * strokes and a whole walk-in by taps alone: keyboard-walk-in.py.) */

static char *engine_dir;

static FdKioskWindow *
open_kiosk (FdStore       *store,
            gconstpointer  data,
            gboolean       portrait)
{
  FdKioskWindow *kiosk = fd_kiosk_window_new (NULL, store);

  fd_kiosk_window_set_lang (kiosk, fd_test_lang (data));
  /* Landscape 1280 × 800, portrait 1080 × 1920, as test-ui-journey.c. */
  gtk_window_set_default_size (GTK_WINDOW (kiosk), portrait ? 1080 : 1280, portrait ? 1920 : 800);
  fd_kiosk_window_set_keyboard (kiosk, FD_KEYBOARD_SHOW_ALWAYS, FALSE, engine_dir);
  gtk_window_present (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (200);
  return kiosk;
}

static gboolean
pinyin_ready (gpointer kiosk)
{
  fd_test_ui_iterate (20);
  return fd_keyboard_pinyin_ready (fd_kiosk_window_get_keyboard (kiosk));
}

/* The key called @name on the page shown (several pages have a space). */
static GtkWidget *
find_shown (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (g_str_equal (gtk_widget_get_name (child), name))
        return child;
      if ((found = find_shown (child, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
tap (FdKioskWindow *kiosk,
     const char    *name)
{
  GtkWidget *key = find_shown (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)), name);

  if (key == NULL)
    g_error ("The keyboard has no %s", name);
  g_assert_true (gtk_widget_is_visible (key));
  g_assert_false (gtk_widget_get_focusable (key));
  fd_test_ui_click (key);
}

static void
tap_letters (FdKioskWindow *kiosk,
             const char    *letters)
{
  for (const char *p = letters; *p != '\0'; p++)
    {
      char name[8];

      g_snprintf (name, sizeof name, "key-%c", *p);
      tap (kiosk, name);
    }
}

/* The candidate button that shows @text, or NULL. */
static GtkWidget *
candidate (FdKioskWindow *kiosk,
           const char    *text)
{
  GtkWidget *bar = fd_ui_find_named (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)), "keyboard-candidates");

  for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (gtk_button_get_label (GTK_BUTTON (child)), text))
      return child;
  return NULL;
}

/* Every key and candidate is at least 56 px wide as well as high. */
static void
assert_keys_wide (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_is_visible (child) || !gtk_widget_get_child_visible (child))
        continue;
      if (GTK_IS_BUTTON (child) && gtk_widget_get_width (child) < 56)
        g_error ("The key “%s” is %d px wide, below 56 px", gtk_button_get_label (GTK_BUTTON (child)),
                 gtk_widget_get_width (child));
      assert_keys_wide (child);
    }
}

/* The kiosk fits the screen it stands on, keyboard and all. */
static void
assert_fits_width (FdKioskWindow *kiosk,
                   int            width)
{
  int window_min = 0, keyboard_min = 0;

  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (kiosk)), GTK_ORIENTATION_HORIZONTAL, -1, &window_min,
                      NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &keyboard_min, NULL, NULL, NULL);
  g_test_message ("the kiosk needs %d px, its keyboard %d px", window_min, keyboard_min);
  if (window_min > width)
    fd_test_ui_assert_fits (GTK_WIDGET (kiosk), width, 100000);  /* names what is too wide */
  g_assert_cmpint (window_min, <=, width);
}

static void
screenshot (FdKioskWindow *kiosk,
            const char    *name,
            gboolean       portrait,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("kiosk-keyboard-%s-%s-%s", name, portrait ? "portrait" : "landscape",
                                           fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (300);
  assert_fits_width (kiosk, portrait ? 1080 : 1280);
  fd_test_ui_assert_touch_targets (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)), 56);
  assert_keys_wide (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)));
  fd_test_ui_screenshot (GTK_WIDGET (kiosk), file);
}

/* The field being typed into is in sight above the keyboard. */
static void
assert_field_in_sight (FdKioskWindow *kiosk,
                       GtkWidget     *field)
{
  graphene_rect_t bounds, keyboard;

  fd_test_ui_iterate (300);
  g_assert_true (gtk_widget_compute_bounds (field, GTK_WIDGET (kiosk), &bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fd_kiosk_window_get_keyboard (kiosk)), GTK_WIDGET (kiosk),
                                            &keyboard));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, keyboard.origin.y + 1);
}

/* 王 in four strokes, drawn on the pad's middle square. */
static void
write_wang (FdKioskWindow *kiosk)
{
  FdKeyboard *keyboard = fd_kiosk_window_get_keyboard (kiosk);
  GtkWidget *pad = fd_ui_find_named (GTK_WIDGET (keyboard), "handwriting-pad");
  static const double strokes[4][4] = {
    { 0.2, 0.2, 0.8, 0.2 }, { 0.25, 0.5, 0.75, 0.5 }, { 0.5, 0.2, 0.5, 0.82 }, { 0.12, 0.82, 0.88, 0.82 },
  };
  double side = MIN (gtk_widget_get_width (pad), gtk_widget_get_height (pad)) * 0.8;
  double left = (gtk_widget_get_width (pad) - side) / 2;
  double top = (gtk_widget_get_height (pad) - side) / 2;

  for (guint s = 0; s < G_N_ELEMENTS (strokes); s++)
    {
      double xy[22];

      for (guint k = 0; k <= 10; k++)
        {
          xy[2 * k] = left + (strokes[s][0] + (strokes[s][2] - strokes[s][0]) * k / 10) * side;
          xy[2 * k + 1] = top + (strokes[s][1] + (strokes[s][3] - strokes[s][1]) * k / 10) * side;
        }
      fd_keyboard_write (keyboard, xy, 11);
    }
}

/* REG-2 by touch: 王小明 typed in pinyin and picked from the candidates,
 * a phone number on the digit pad that passes validation, and the
 * keyboard's pages, in both orientations. */
static void
run_pinyin_and_digits (gconstpointer data,
                       gboolean      portrait)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdKioskWindow *kiosk = open_kiosk (store, data, portrait);
  FdKeyboard *keyboard = fd_kiosk_window_get_keyboard (kiosk);
  GtkWidget *name = KIOSK (kiosk, name_entry);
  GtkWidget *phone = KIOSK (kiosk, phone_entry);
  GtkWidget *wang;

  g_assert_true (fd_test_wait_until (pinyin_ready, kiosk, 20000));
  assert_fits_width (kiosk, portrait ? 1080 : 1280);
  fd_test_kiosk_show (kiosk, "form");
  gtk_widget_grab_focus (name);
  fd_test_ui_iterate (300);
  g_assert_true (gtk_revealer_get_reveal_child (KIOSK (kiosk, keyboard_revealer)));
  g_assert_cmpint (fd_keyboard_get_mode (keyboard), ==,
                   fd_test_lang (data) == FD_LANG_ZH ? FD_KEYBOARD_PINYIN : FD_KEYBOARD_ENGLISH);
  if (fd_test_lang (data) == FD_LANG_EN)
    tap (kiosk, "key-language");  /* an English kiosk starts on English letters */
  g_assert_cmpint (fd_keyboard_get_mode (keyboard), ==, FD_KEYBOARD_PINYIN);
  tap_letters (kiosk, "wangxiaoming");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");  /* still composing */
  wang = candidate (kiosk, "王小明");
  g_assert_nonnull (wang);
  assert_field_in_sight (kiosk, name);
  screenshot (kiosk, "pinyin", portrait, data);
  fd_test_ui_click (wang);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "王小明");
  g_assert_null (candidate (kiosk, "王小明"));

  /* Next: the phone field, and the digit pad. */
  tap (kiosk, "key-next");
  fd_test_ui_iterate (200);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (kiosk)), phone));
  g_assert_cmpint (fd_keyboard_get_mode (keyboard), ==, FD_KEYBOARD_PHONE);
  tap (kiosk, "key-special");  /* + */
  tap_letters (kiosk, "86");
  tap (kiosk, "key-space");
  tap_letters (kiosk, "13812345678");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==, "+86 13812345678");
  {
    g_autofree char *normal = NULL;

    g_assert_cmpint (fd_validate_phone (gtk_editable_get_text (GTK_EDITABLE (phone)), &normal), ==, FD_INVALID_NONE);
  }
  assert_field_in_sight (kiosk, phone);
  screenshot (kiosk, "digits", portrait, data);

  /* Handwriting: 王 written on the pad, stroke by stroke, offered first
   * (keyboard-walk-in.py draws the strokes with the pointer). */
  gtk_widget_grab_focus (KIOSK (kiosk, company_entry));
  fd_test_ui_iterate (200);
  tap (kiosk, "key-handwriting");
  g_assert_cmpint (fd_keyboard_get_mode (keyboard), ==, FD_KEYBOARD_HANDWRITING);
  write_wang (kiosk);
  g_assert_nonnull (candidate (kiosk, "王"));
  screenshot (kiosk, "handwriting", portrait, data);
  fd_test_ui_click (candidate (kiosk, "王"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (KIOSK (kiosk, company_entry))), ==, "王");

  fd_test_store_settle (store);
  gtk_window_destroy (GTK_WINDOW (kiosk));
}

static void
test_landscape (gconstpointer data)
{
  run_pinyin_and_digits (data, FALSE);
}

static void
test_portrait (gconstpointer data)
{
  run_pinyin_and_digits (data, TRUE);
}

/* Privacy: no learning across visitors.  After the idle reset the
 * keyboard shows nothing of the last visitor, its engine holds no
 * composition, and no user dictionary is on disk; the same letters give
 * the same first candidates as before anyone typed. */
static void
test_forgets_visitor (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdKioskWindow *kiosk = open_kiosk (store, data, FALSE);
  FdKeyboard *keyboard = fd_kiosk_window_get_keyboard (kiosk);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *state = NULL;
  GtkWidget *name = KIOSK (kiosk, name_entry);

  g_assert_true (fd_test_wait_until (pinyin_ready, kiosk, 20000));
  fd_test_kiosk_show (kiosk, "form");
  gtk_widget_grab_focus (name);
  fd_test_ui_iterate (200);
  fd_keyboard_set_mode (keyboard, FD_KEYBOARD_PINYIN);
  tap_letters (kiosk, "lixiao");
  before = fd_keyboard_describe_state (keyboard);
  /* A visitor picks a rare reading, which a learning engine would rank
   * first next time, and leaves letters half typed. */
  tap (kiosk, "candidates-next");
  fd_test_ui_click (fd_ui_find_named (GTK_WIDGET (keyboard), "candidate-2"));
  tap_letters (kiosk, "zhang");
  fd_kiosk_window_reset (kiosk);
  fd_test_ui_iterate (200);

  state = fd_keyboard_describe_state (keyboard);
  g_test_message ("after the reset: %s", state);
  g_assert_null (strstr (state, "zhang"));
  g_assert_null (strstr (state, "张"));
  g_assert_true (g_str_has_prefix (state, "input=;strokes=0;candidates=;"));
  g_assert_false (gtk_revealer_get_reveal_child (KIOSK (kiosk, keyboard_revealer)));
  {
    g_autoptr(GDir) dir = g_dir_open (engine_dir, 0, NULL);
    const char *entry;

    while ((entry = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_suffix (entry, ".userdb"));
  }
  /* The next visitor gets the engine's own order, not the last one's. */
  fd_test_kiosk_show (kiosk, "form");
  gtk_widget_grab_focus (name);
  fd_test_ui_iterate (200);
  fd_keyboard_set_mode (keyboard, FD_KEYBOARD_PINYIN);
  tap_letters (kiosk, "lixiao");
  after = fd_keyboard_describe_state (keyboard);
  g_assert_cmpstr (after, ==, before);

  fd_test_store_settle (store);
  gtk_window_destroy (GTK_WINDOW (kiosk));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = g_dir_make_tmp ("fd-keyboard-XXXXXX", NULL);
  int status;

  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  engine_dir = g_build_filename (tmp, "input", NULL);
  for (int en = 0; en <= 1; en++)
    {
      const char *suffix = en ? "en" : "zh_CN";
      g_autofree char *landscape = g_strdup_printf ("/keyboard/reg-2/pinyin-digits-landscape/%s", suffix);
      g_autofree char *portrait = g_strdup_printf ("/keyboard/reg-2/pinyin-digits-portrait/%s", suffix);
      g_autofree char *forget = g_strdup_printf ("/keyboard/privacy/forgets-visitor/%s", suffix);

      g_test_add_data_func (landscape, GINT_TO_POINTER (en), test_landscape);
      g_test_add_data_func (portrait, GINT_TO_POINTER (en), test_portrait);
      g_test_add_data_func (forget, GINT_TO_POINTER (en), test_forgets_visitor);
    }
  status = g_test_run ();
  g_free (engine_dir);
  return status;
}
