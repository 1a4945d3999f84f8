/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-welcome-page.h"

#include "fd-ui.h"

/*
 * The first page (REC-1, REC-2): the greeting and the three ways in (an
 * invitation, the walk-in form, "not sure whom to see"), and check-out.
 * Its buttons are the window's kiosk.show-page actions.
 */

struct _FdKioskWelcomePage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *welcome_title;
  GtkLabel    *welcome_subtitle;
  GtkBox      *welcome_buttons;
  GtkButton   *invite_button;
  GtkButton   *register_button;
  GtkButton   *unsure_button;
  GtkButton   *checkout_button;
  GtkLabel    *welcome_hint;

  char        *company;  /* in the greeting, in the visitor's language */
};

G_DEFINE_FINAL_TYPE (FdKioskWelcomePage, fd_kiosk_welcome_page, FD_TYPE_KIOSK_PAGE)

static void
fd_kiosk_welcome_page_apply_lang (FdKioskPage *page)
{
  FdKioskWelcomePage *self = FD_KIOSK_WELCOME_PAGE (page);
  g_autofree char *welcome = NULL;

  /* Translators: REC-1, 「您好,欢迎来到XX公司!」. %s is the company. */
  welcome = g_strdup_printf (fd_kiosk_page_tr (page, N_("Hello, welcome to %s!")),
                             self->company != NULL ? self->company : "");
  gtk_label_set_text (self->welcome_title, welcome);
  /* Translators: REC-2. */
  gtk_label_set_text (self->welcome_subtitle, fd_kiosk_page_tr (page, N_("Whom are you here to see? How can we help you?")));
  gtk_button_set_label (self->invite_button, fd_kiosk_page_tr (page, N_("I have an invitation")));
  gtk_button_set_label (self->register_button, fd_kiosk_page_tr (page, N_("Register a visit")));
  gtk_button_set_label (self->unsure_button, fd_kiosk_page_tr (page, N_("I'm not sure whom to see")));
  gtk_button_set_label (self->checkout_button, fd_kiosk_page_tr (page, N_("I'm leaving: check out")));
  gtk_label_set_text (self->welcome_hint, fd_kiosk_page_tr (page, N_("Have an invitation or a visitor badge? Just scan it here.")));
}

/* @company: the company's name in the page's language. */
void
fd_kiosk_welcome_page_set_company (FdKioskWelcomePage *self,
                                   const char         *company)
{
  g_return_if_fail (FD_IS_KIOSK_WELCOME_PAGE (self));

  g_free (self->company);
  self->company = g_strdup (company);
  fd_kiosk_welcome_page_apply_lang (FD_KIOSK_PAGE (self));
}

static void
fd_kiosk_welcome_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_WELCOME_PAGE (page)->register_button));
}

/* The three big buttons stack up on a portrait screen. */
static void
fd_kiosk_welcome_page_set_portrait (FdKioskPage *page,
                                    gboolean     portrait)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (FD_KIOSK_WELCOME_PAGE (page)->welcome_buttons),
                                  portrait ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
}

static void
fd_kiosk_welcome_page_finalize (GObject *object)
{
  g_free (FD_KIOSK_WELCOME_PAGE (object)->company);
  G_OBJECT_CLASS (fd_kiosk_welcome_page_parent_class)->finalize (object);
}

static void
fd_kiosk_welcome_page_class_init (FdKioskWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->finalize = fd_kiosk_welcome_page_finalize;
  page_class->apply_lang = fd_kiosk_welcome_page_apply_lang;
  page_class->focus = fd_kiosk_welcome_page_focus;
  page_class->set_portrait = fd_kiosk_welcome_page_set_portrait;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, welcome_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, welcome_subtitle);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, welcome_buttons);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, invite_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, register_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, unsure_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, checkout_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWelcomePage, welcome_hint);
}

static void
fd_kiosk_welcome_page_init (FdKioskWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
