/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-test-ui.h"

#include "fd-kiosk-host-picker.h"
#include "fd-test-util.h"

/*
 * The kiosk's widgets for the UI tests, without the window's or a page's
 * struct: a widget is found by its id in the template of the page that
 * holds it (ids are unique across the kiosk's pages), and pages are shown
 * through the window's kiosk.show-page action, as a button does.
 */

static const char * const page_names[] = {
  "welcome", "form", "confirm", "done", "invite", "invite_confirm", "topics",
  "refuse", "refused", "held", "checkout", "goodbye", "pin",
};

/* The template child @id of @widget or of a widget inside it. */
static GObject *
find_child (GtkWidget  *widget,
            const char *id)
{
  GObject *found = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), id);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); found == NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_child (child, id);
  return found;
}

/* The widget whose template id is @id on the page called @page. */
gpointer
fd_test_kiosk_page_child (FdKioskWindow *kiosk,
                          const char    *page,
                          const char    *id)
{
  GObject *found = find_child (fd_kiosk_window_get_page_widget (kiosk, page), id);

  if (found == NULL)
    g_error ("The kiosk's %s page has no %s", page, id);
  return found;
}

/* The widget whose template id is @id, on whichever page holds it. */
gpointer
fd_test_kiosk_child (FdKioskWindow *kiosk,
                     const char    *id)
{
  GObject *window_child = gtk_widget_get_template_child (GTK_WIDGET (kiosk), FD_TYPE_KIOSK_WINDOW, id);

  if (window_child != NULL)
    return window_child;
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GObject *found = find_child (fd_kiosk_window_get_page_widget (kiosk, page_names[i]), id);

      if (found != NULL)
        return found;
    }
  g_error ("No kiosk page has a widget called %s", id);
}

void
fd_test_kiosk_show (FdKioskWindow *kiosk,
                    const char    *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.show-page", "s", page));
}

/* The host the visitor chose on the form, or NULL. */
const FdHost *
fd_test_kiosk_chosen_host (FdKioskWindow *kiosk)
{
  return fd_kiosk_host_picker_get_host (KIOSK (kiosk, host_picker));
}

/* How many people the form's host search found. */
guint
fd_test_kiosk_n_hosts (FdKioskWindow *kiosk)
{
  return fd_kiosk_host_picker_get_n_results (KIOSK (kiosk, host_picker));
}

/* For fd_test_wait_until(). */
gboolean
fd_test_kiosk_has_hosts (gpointer kiosk)
{
  return fd_test_kiosk_n_hosts (kiosk) > 0;
}

/* Fills the kiosk's walk-in form as a visitor does: name, phone, the
 * first purpose, the first host whose name matches @host. */
void
fd_test_kiosk_fill_walk_in (FdKioskWindow *kiosk,
                            const char    *name,
                            const char    *phone,
                            const char    *host,
                            const char    *items)
{
  GtkListBox *list = KIOSK (kiosk, host_list);

  fd_test_ui_type (KIOSK (kiosk, name_entry), name);
  fd_test_ui_type (KIOSK (kiosk, phone_entry), phone);
  if (items != NULL)
    fd_test_ui_type (KIOSK (kiosk, items_entry), items);
  fd_test_ui_click (gtk_widget_get_first_child (KIOSK (kiosk, purpose_chips)));
  fd_test_ui_type (KIOSK (kiosk, host_entry), host);
  g_assert_true (fd_test_wait_until (fd_test_kiosk_has_hosts, kiosk, 3000));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  fd_test_ui_iterate (20);
}
