/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

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

/*
 * The kiosk window's pages: which class each page is, building a page when
 * it is first needed (or when the window is idle after its first frame),
 * showing one, and handing what one page produced to the next.
 */

/* Every page, by name.  A last page ends a visit: it wipes every other
 * page and returns to the welcome page after its seconds. */
static const struct {
  const char *name;
  GType     (*get_type) (void);
  guint       last_seconds;
} pages[] = {
  { "welcome", fd_kiosk_welcome_page_get_type, 0 },
  { "form", fd_kiosk_form_page_get_type, 0 },
  { "confirm", fd_kiosk_confirm_page_get_type, 0 },
  { "done", fd_kiosk_done_page_get_type, 30 },
  { "invite", fd_kiosk_invite_page_get_type, 0 },
  { "invite_confirm", fd_kiosk_invitation_page_get_type, 0 },
  { "topics", fd_kiosk_topics_page_get_type, 0 },
  { "refuse", fd_kiosk_refuse_page_get_type, 0 },
  { "refused", fd_kiosk_message_page_get_type, 20 },
  { "held", fd_kiosk_message_page_get_type, 30 },
  { "checkout", fd_kiosk_checkout_page_get_type, 0 },
  { "goodbye", fd_kiosk_goodbye_page_get_type, 20 },
  { "pin", fd_kiosk_unlock_page_get_type, 0 },
};

/* The index of the page called @name in pages[], or -1. */
static int
page_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].name, name))
      return (int) i;
  return -1;
}

GtkWidget *
fd_kiosk_window_built_page (FdKioskWindow *self,
            const char    *name)
{
  return gtk_stack_get_child_by_name (self->stack, name);
}

/* The hand-over between pages. */

static void
submitted_cb (FdKioskWindow   *self,
              FdKioskFormPage *form)
{
  FdKioskPage *confirm = fd_kiosk_window_page (self, "confirm");

  fd_kiosk_confirm_page_set_registration (FD_KIOSK_CONFIRM_PAGE (confirm),
                                          fd_kiosk_form_page_get_registration (form),
                                          fd_kiosk_form_page_get_host (form));
  fd_kiosk_window_show (self, "confirm");
}

/* A visit is on disk, from the form or an invitation. */
static void
registered_cb (FdKioskWindow *self,
               const FdVisit *visit)
{
  if (visit->badge_state == FD_BADGE_HELD)
    {
      /* Watchlist: the visitor sees a neutral page; the staff window has
       * the alert. */
      fd_kiosk_window_show (self, "held");
    }
  else
    {
      FdKioskPage *done = fd_kiosk_window_page (self, "done");

      fd_kiosk_done_page_show_visit (FD_KIOSK_DONE_PAGE (done), visit);
      fd_kiosk_window_show (self, "done");
    }
  fd_kiosk_window_emit_registered (self, visit->id);
}

static void
invitation_found_cb (FdKioskWindow      *self,
                     const FdInvitation *invitation)
{
  FdKioskPage *page = fd_kiosk_window_page (self, "invite_confirm");

  fd_kiosk_invitation_page_set_invitation (FD_KIOSK_INVITATION_PAGE (page), invitation);
  fd_kiosk_window_show (self, "invite_confirm");
}

static void
topic_chosen_cb (FdKioskWindow *self,
                 const FdHost  *host,
                 const char    *purpose)
{
  FdKioskPage *form = fd_kiosk_window_page (self, "form");

  fd_kiosk_form_page_choose_topic (FD_KIOSK_FORM_PAGE (form), host, purpose);
  fd_kiosk_window_show (self, "form");
}

static void
checked_out_cb (FdKioskWindow *self,
                const FdVisit *visit)
{
  FdKioskPage *goodbye = fd_kiosk_window_page (self, "goodbye");

  fd_kiosk_goodbye_page_show_visit (FD_KIOSK_GOODBYE_PAGE (goodbye), visit);
  fd_kiosk_window_show (self, "goodbye");
}

static void
unlocked_cb (FdKioskWindow *self)
{
  fd_kiosk_window_reset (self);
  fd_kiosk_window_set_locked (self, FALSE);
  gtk_window_close (GTK_WINDOW (self));
}

/* Builds the page called @name and wires it to the others. */
static FdKioskPage *
build_page (FdKioskWindow *self,
            guint          index)
{
  FdKioskPage *page = g_object_new (pages[index].get_type (), "store", self->store, NULL);
  const char *name = pages[index].name;

  if (FD_IS_KIOSK_FORM_PAGE (page))
    g_signal_connect_object (page, "submitted", G_CALLBACK (submitted_cb), self, G_CONNECT_SWAPPED);
  else if (FD_IS_KIOSK_CONFIRM_PAGE (page) || FD_IS_KIOSK_INVITATION_PAGE (page))
    g_signal_connect_object (page, "registered", G_CALLBACK (registered_cb), self, G_CONNECT_SWAPPED);
  else if (FD_IS_KIOSK_DONE_PAGE (page))
    {
      fd_kiosk_done_page_set_print_settings (FD_KIOSK_DONE_PAGE (page), self->print_settings);
      g_signal_connect_object (page, "badge-issued", G_CALLBACK (fd_kiosk_window_emit_badge_issued), self, G_CONNECT_SWAPPED);
    }
  else if (FD_IS_KIOSK_INVITE_PAGE (page))
    g_signal_connect_object (page, "found", G_CALLBACK (invitation_found_cb), self, G_CONNECT_SWAPPED);
  else if (FD_IS_KIOSK_TOPICS_PAGE (page))
    g_signal_connect_object (page, "chosen", G_CALLBACK (topic_chosen_cb), self, G_CONNECT_SWAPPED);
  else if (FD_IS_KIOSK_MESSAGE_PAGE (page))
    fd_kiosk_message_page_set_message (FD_KIOSK_MESSAGE_PAGE (page), g_str_equal (name, "held")
                                       ? FD_KIOSK_MESSAGE_HELD : FD_KIOSK_MESSAGE_REFUSED);
  else if (FD_IS_KIOSK_CHECKOUT_PAGE (page))
    g_signal_connect_object (page, "checked-out", G_CALLBACK (checked_out_cb), self, G_CONNECT_SWAPPED);
  else if (FD_IS_KIOSK_UNLOCK_PAGE (page))
    g_signal_connect_object (page, "unlocked", G_CALLBACK (unlocked_cb), self, G_CONNECT_SWAPPED);

  fd_kiosk_page_set_portrait (page, self->portrait);
  fd_kiosk_page_set_lang (page, self->lang);
  /* Only the page on the screen is there for a screen reader. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  fd_kiosk_window_apply_site_to (self, page);
  gtk_stack_add_named (self->stack, GTK_WIDGET (page), name);
  return page;
}

/* The page called @name, built if need be. */
FdKioskPage *
fd_kiosk_window_page (FdKioskWindow *self,
                      const char    *name)
{
  GtkWidget *page = fd_kiosk_window_built_page (self, name);
  int index = page_index (name);

  if (page != NULL)
    return FD_KIOSK_PAGE (page);
  g_return_val_if_fail (index >= 0, NULL);
  return build_page (self, (guint) index);
}

static gboolean
welcome_timeout_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  self->done_source = 0;
  fd_kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

/* Shows the page called @name; FALSE when there is none. */
gboolean
fd_kiosk_window_show (FdKioskWindow *self,
                      const char    *name)
{
  GtkWidget *old = gtk_stack_get_visible_child (self->stack);
  FdKioskPage *page;
  guint last_seconds;

  /* "Not sure whom to see" without topics: a colleague comes instead. */
  if (g_str_equal (name, "topics") && self->site->topics->len == 0)
    name = "refused";
  if (page_index (name) < 0)
    return FALSE;
  page = fd_kiosk_window_page (self, name);
  last_seconds = pages[page_index (name)].last_seconds;

  if (old != GTK_WIDGET (page))
    {
      /* No entry on the page going away may keep the focus: GTK expects a
       * focus-out for a text that is hidden while focused. */
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      if (old != NULL)
        gtk_accessible_update_state (GTK_ACCESSIBLE (old), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (page));
      g_object_notify (G_OBJECT (self), "page");
    }

  g_clear_handle_id (&self->done_source, g_source_remove);
  if (last_seconds > 0)
    {
      /* The visit is over: nothing of it stays on the other pages. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (child != GTK_WIDGET (page))
          fd_kiosk_page_reset (FD_KIOSK_PAGE (child));
      self->done_source = g_timeout_add_seconds (last_seconds, welcome_timeout_cb, self);
    }
  fd_kiosk_window_restart_idle (self);
  fd_kiosk_page_focus (page);
  return TRUE;
}

/* Whether a page is saving a visit that leaving would lose. */
gboolean
fd_kiosk_window_is_busy (FdKioskWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (fd_kiosk_page_is_busy (FD_KIOSK_PAGE (child)))
      return TRUE;
  return FALSE;
}

/* The other pages are built one by one once the first frame is on the
 * screen, so that the first tap finds its page ready. */

static gboolean
build_next_page_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (fd_kiosk_window_built_page (self, pages[i].name) == NULL)
      {
        build_page (self, i);
        return G_SOURCE_CONTINUE;
      }
  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FdKioskWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  if (self->build_source == 0)
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_next_page_cb, self, NULL);
}

/* Called when the window is mapped (@mapped) or unmapped. */
void
fd_kiosk_window_build_after_first_frame (FdKioskWindow *self,
                                         gboolean       mapped)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (mapped)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  else
    g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
}

