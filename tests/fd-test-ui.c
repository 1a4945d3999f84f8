/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-test-ui.h"

#include "fd-staff-reception-page.h"
#include "fd-test-util.h"
#include "fd-ui.h"

#include <glib/gstdio.h>
#include <string.h>

/* Runs the main loop for @ms milliseconds, so the window draws. */
void
fd_test_ui_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Clicks like a person: only a button that is on screen and sensitive can
 * be clicked.  "clicked" is emitted directly; gtk_widget_activate() would
 * add a quarter-second pressed-look animation to every click. */
void
fd_test_ui_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  fd_test_ui_iterate (20);
}

void
fd_test_ui_type (GtkWidget  *editable,
                 const char *text)
{
  gtk_widget_grab_focus (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  fd_test_ui_iterate (20);
}

/* Enter in @entry, as a person presses it in a form: GtkText binds Return
 * to its "activate" signal, which runs the form's own handler or its
 * default button. */
void
fd_test_ui_enter (GtkWidget *entry)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  gtk_widget_grab_focus (entry);
  g_assert_true (GTK_IS_TEXT (delegate));
  g_signal_emit_by_name (delegate, "activate");
  fd_test_ui_iterate (20);
}

/* Renders @window as it is on screen into screenshots/NAME.png in the
 * build folder, for people to look at. */
void
fd_test_ui_screenshot (GtkWidget  *window,
                       const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("FD_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (window));  /* a window or any widget in one */
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  fd_test_ui_iterate (100);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot %s", path);
}

static void
assert_no_scrolling (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (widget));

      g_assert_cmpfloat (gtk_adjustment_get_upper (v) - gtk_adjustment_get_page_size (v), <, 1.0);
      g_assert_cmpfloat (gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h), <, 1.0);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_no_scrolling (child);
}

/* Names the widgets that ask for more than @width, to say what is too wide. */
static void
report_wide (GtkWidget *widget,
             int        width,
             int        depth)
{
  int min_w = 0;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  if (min_w > width)
    g_test_message ("%*s%s %s needs %d px", depth * 2, "", G_OBJECT_TYPE_NAME (widget),
                    gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)) != NULL
                    ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)) : "", min_w);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_wide (child, width, depth + 1);
}

/* Nothing is cut off: the window's content needs no more than the screen,
 * and nothing needs scrolling to be seen. */
void
fd_test_ui_assert_fits (GtkWidget *window,
                        int        width,
                        int        height)
{
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (window));
  int min_w = 0, min_h = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min_h, NULL, NULL, NULL);
  if (min_w > width)
    report_wide (child, width - 200, 0);
  g_assert_cmpint (min_w, <=, width);
  g_assert_cmpint (min_h, <=, height);
  g_assert_cmpint (gtk_widget_get_width (window), ==, width);
  g_assert_cmpint (gtk_widget_get_height (window), ==, height);
  assert_no_scrolling (window);
}

/* Every visible button, entry and list row is at least @min_height tall. */
void
fd_test_ui_assert_touch_targets (GtkWidget *root,
                                 int        min_height)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_is_visible (child) || !gtk_widget_get_child_visible (child))
        continue;
      if ((GTK_IS_BUTTON (child) || GTK_IS_ENTRY (child) || GTK_IS_SEARCH_ENTRY (child) ||
           (GTK_IS_LIST_BOX_ROW (child) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)))))
        {
          if (gtk_widget_get_height (child) < min_height)
            g_error ("%s “%s” is %d px high, below %d px", G_OBJECT_TYPE_NAME (child),
                     GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : "",
                     gtk_widget_get_height (child), min_height);
          continue;
        }
      fd_test_ui_assert_touch_targets (child, min_height);
    }
}

static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

/* All the text a window holds, shown or not: labels and entry buffers. */
char *
fd_test_ui_collect_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect (root, out);
  return g_string_free (out, FALSE);
}

gboolean
fd_test_staff_logged_in (gpointer staff)
{
  return fd_staff_window_get_session (staff) != NULL;
}

/* Logs into @staff as a staff member of @role, typing into the login page
 * as a person would; the account is fd_test_login()'s. */
void
fd_test_staff_login (FdStaffWindow *staff,
                     FdRole         role)
{
  FdStore *store = NULL;
  g_autoptr(FdSession) session = NULL;
  g_autofree char *user = g_strdup_printf ("test-%s", fd_role_to_string (role));

  g_object_get (staff, "store", &store, NULL);
  session = fd_test_login (store, role);
  g_object_unref (store);
  fd_test_ui_type (fd_ui_find_named (GTK_WIDGET (staff), "login-user"), user);
  fd_test_ui_type (fd_ui_find_named (GTK_WIDGET (staff), "login-secret"), "1357");
  fd_test_ui_click (fd_ui_find_named (GTK_WIDGET (staff), "login-button"));
  g_assert_true (fd_test_wait_until (fd_test_staff_logged_in, staff, 10000));
  fd_test_ui_iterate (100);
}

static gboolean
store_idle (gpointer data)
{
  return fd_store_get_jobs_in_flight (data) == 0;
}

/* Waits until @store's jobs have come back, so that nothing is still in
 * flight when the test (or the process) ends. */
void
fd_test_store_settle (FdStore *store)
{
  g_assert_true (fd_test_wait_until (store_idle, store, 10000));
}

/* A staff window on @store in @lang, 1280×800, on the screen. */
FdStaffWindow *
fd_test_staff_open (FdStore *store,
                    FdLang   lang)
{
  FdStaffWindow *staff = fd_staff_window_new (NULL, store, lang);

  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_ui_iterate (100);
  return staff;
}

/* Closes @staff, then fd_test_store_settle(). */
void
fd_test_staff_close (FdStaffWindow *staff)
{
  FdStore *store = NULL;

  g_object_get (staff, "store", &store, NULL);
  gtk_window_destroy (GTK_WINDOW (staff));
  fd_test_store_settle (store);
  g_object_unref (store);
}

/* The widget named @name below @root; the test fails without one. */
GtkWidget *
fd_test_ui_named (gpointer    root,
                  const char *name)
{
  GtkWidget *widget = fd_ui_find_named (GTK_WIDGET (root), name);

  g_assert_nonnull (widget);
  return widget;
}

/*
 * fd_ui_find_named:
 * @root: (nullable): where to start
 * @name: a widget name set with gtk_widget_set_name()
 *
 * Returns: (transfer none) (nullable): the first widget under @root, or
 *   @root itself, with that name.
 */
GtkWidget *
fd_ui_find_named (GtkWidget  *root,
                  const char *name)
{
  if (root == NULL)
    return NULL;
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fd_ui_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A widget of a visit's row in the staff window's reception page: a
 * button named @name ("checkout", "reprint", "confirm", "reissue",
 * "host-met", "notify-again", "leave-message", "badge-back") whose action
 * acts on @visit_id, or a check box of the visitor's row
 * ("badge-returned", "items-checked"); NULL when there is none. */
static GtkWidget *
find_for_visit (GtkWidget  *root,
                gint64      visit_id,
                const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0 && GTK_IS_ACTIONABLE (root) &&
      gtk_widget_get_mapped (root))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (root));

      if (target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_INT64) &&
          g_variant_get_int64 (target) == visit_id)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_for_visit (child, visit_id, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
fd_test_staff_button (FdStaffWindow *staff,
                      gint64         visit_id,
                      const char    *name)
{
  GtkWidget *page = fd_staff_window_get_page (staff, "reception");
  GtkWidget *row = fd_staff_reception_page_find_row (FD_STAFF_RECEPTION_PAGE (page), visit_id);
  GtkWidget *found = row != NULL ? fd_ui_find_named (row, name) : NULL;

  if (found != NULL && (!GTK_IS_ACTIONABLE (found) || gtk_widget_is_visible (found)))
    return gtk_widget_is_visible (found) ? found : NULL;
  return find_for_visit (page, visit_id, name);
}

/* Whether @text shows in @widget (a window or dialog) within 5 s. */
gboolean
fd_test_ui_text_shows (gpointer    widget,
                       const char *text)
{
  for (int i = 0; i < 100; i++)
    {
      g_autofree char *all = fd_test_ui_collect_text (GTK_WIDGET (widget));

      if (strstr (all, text) != NULL)
        return TRUE;
      fd_test_ui_iterate (50);
    }
  return FALSE;
}

/* The visible toplevel window (a dialog) named @name, or NULL. */
GtkWidget *
fd_test_ui_find_toplevel (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (window), name) == 0 && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* For fd_test_wait_until(): the toplevel named @name is shown. */
gboolean
fd_test_ui_toplevel_shown (gpointer name)
{
  return fd_test_ui_find_toplevel (name) != NULL;
}

/* Clicks @button and waits for the dialog named @name it opens. */
GtkWidget *
fd_test_ui_open_dialog (GtkWidget  *button,
                        const char *name)
{
  g_assert_nonnull (button);
  fd_test_ui_click (button);
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, (gpointer) name, 5000));
  return fd_test_ui_find_toplevel (name);
}

typedef struct {
  FdStore    *store;
  const char *sql;
  gint64      value;
} SqlWait;

static gboolean
sql_says (gpointer data)
{
  SqlWait *wait = data;

  fd_test_ui_iterate (20);
  return fd_test_sql (fd_store_get_path (wait->store), wait->sql) == wait->value;
}

/* Runs the main loop until @sql (one number) says @value: what a dialog
 * saved in a worker thread has reached the database. */
void
fd_test_ui_wait_sql (FdStore    *store,
                     const char *sql,
                     gint64      value)
{
  SqlWait wait = { store, sql, value };

  g_assert_true (fd_test_wait_until (sql_says, &wait, 10000));
}
