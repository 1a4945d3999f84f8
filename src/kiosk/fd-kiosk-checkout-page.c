/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-checkout-page.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * Check-out (REC-5): the visitor scans their badge.  "checked-out" hands
 * the visit to the window, which says goodbye.
 */

struct _FdKioskCheckoutPage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *checkout_title;
  GtkLabel    *checkout_hint;
  GtkEntry    *checkout_entry;
  GtkLabel    *checkout_error;
  GtkButton   *checkout_back_button;
};

G_DEFINE_FINAL_TYPE (FdKioskCheckoutPage, fd_kiosk_checkout_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_CHECKED_OUT,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdKioskCheckoutPage) self = user_data;
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_check_out_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->checkout_entry), "");
  if (visit == NULL)
    {
      fd_kiosk_show_message (self->checkout_error,
                             g_error_matches (error, FD_ERROR, FD_ERROR_STATE)
                             ? fd_kiosk_page_tr (page, N_("You have already checked out. Thank you!"))
                             : g_error_matches (error, FD_ERROR, FD_ERROR_FULL)
                             ? fd_kiosk_page_tr (page, N_("We cannot record your check-out right now. Please hand your badge in at reception."))
                             : fd_kiosk_page_tr (page, N_("This badge cannot be read. Please check out at reception.")));
      fd_kiosk_page_show (page, "checkout");
      return;
    }
  g_signal_emit (self, signals[SIGNAL_CHECKED_OUT], 0, visit);
}

/**
 * fd_kiosk_checkout_page_submit:
 * @token: what the scanner read from the badge
 */
void
fd_kiosk_checkout_page_submit (FdKioskCheckoutPage *self,
                               const char          *token)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  g_autofree char *text = g_strstrip (g_strdup (token));
  /* With a return box (site setting badge_return_box=1) the badge counts
   * as returned at check-out; otherwise the staff window confirms it. */
  FdCheckOut how = { .token = text, .badge = FD_BADGE_BACK_IF_BOX };

  g_return_if_fail (FD_IS_KIOSK_CHECKOUT_PAGE (self));

  fd_kiosk_show_message (self->checkout_error, NULL);
  if (*text == '\0')
    return;
  fd_store_check_out_async (fd_kiosk_page_get_store (page), NULL, &how, fd_kiosk_page_get_cancellable (page),
                            checked_out_cb, g_object_ref (self));
}

static void
checkout_submit_cb (FdKioskCheckoutPage *self)
{
  fd_kiosk_checkout_page_submit (self, gtk_editable_get_text (GTK_EDITABLE (self->checkout_entry)));
}

/* FdKioskPage. */

static void
fd_kiosk_checkout_page_apply_lang (FdKioskPage *page)
{
  FdKioskCheckoutPage *self = FD_KIOSK_CHECKOUT_PAGE (page);

  gtk_label_set_text (self->checkout_title, fd_kiosk_page_tr (page, N_("Scan your visitor badge to check out")));
  gtk_label_set_text (self->checkout_hint, fd_kiosk_page_tr (page, N_("Hold the QR code of your badge under the scanner.")));
  gtk_button_set_label (self->checkout_back_button, fd_kiosk_page_tr (page, N_("Back")));
}

static void
fd_kiosk_checkout_page_reset (FdKioskPage *page)
{
  FdKioskCheckoutPage *self = FD_KIOSK_CHECKOUT_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->checkout_entry), "");
  fd_kiosk_show_message (self->checkout_error, NULL);
}

static void
fd_kiosk_checkout_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_CHECKOUT_PAGE (page)->checkout_entry));
}

static void
fd_kiosk_checkout_page_class_init (FdKioskCheckoutPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  page_class->apply_lang = fd_kiosk_checkout_page_apply_lang;
  page_class->reset = fd_kiosk_checkout_page_reset;
  page_class->focus = fd_kiosk_checkout_page_focus;

  /**
   * FdKioskCheckoutPage::checked-out:
   * @visit: (type FdVisit): the visit, now ended
   */
  signals[SIGNAL_CHECKED_OUT] =
    g_signal_new ("checked-out", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-checkout-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskCheckoutPage, checkout_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskCheckoutPage, checkout_hint);
  gtk_widget_class_bind_template_child (widget_class, FdKioskCheckoutPage, checkout_entry);
  gtk_widget_class_bind_template_child (widget_class, FdKioskCheckoutPage, checkout_error);
  gtk_widget_class_bind_template_child (widget_class, FdKioskCheckoutPage, checkout_back_button);
  gtk_widget_class_bind_template_callback (widget_class, checkout_submit_cb);
}

static void
fd_kiosk_checkout_page_init (FdKioskCheckoutPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_kiosk_label_field (self->checkout_entry, self->checkout_title, self->checkout_error);
  fd_kiosk_show_message (self->checkout_error, NULL);
}
