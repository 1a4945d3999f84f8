/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-refuse-page.h"

#include "fd-ui.h"

/*
 * Declining to register (REG-6): explained once; if the visitor still
 * declines, reception and security are alerted and the visitor is asked to
 * wait for a colleague (the "refused" message page).
 */

struct _FdKioskRefusePage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *refuse_title;
  GtkLabel    *refuse_text;
  GtkButton   *refuse_back_button;
  GtkButton   *refuse_final_button;
};

G_DEFINE_FINAL_TYPE (FdKioskRefusePage, fd_kiosk_refuse_page, FD_TYPE_KIOSK_PAGE)

static gpointer
refusal_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  return fd_store_add_alert (store, "refusal", 0, NULL, error) != 0 ? GINT_TO_POINTER (1) : NULL;
}

static void
refuse_final_cb (FdKioskRefusePage *self)
{
  fd_store_run_async (fd_kiosk_page_get_store (FD_KIOSK_PAGE (self)), refusal_job, NULL, NULL, NULL, NULL,
                      fd_kiosk_log_failure_cb, (gpointer) "Recording a refusal");
  fd_kiosk_page_show (FD_KIOSK_PAGE (self), "refused");
}

static void
fd_kiosk_refuse_page_apply_lang (FdKioskPage *page)
{
  FdKioskRefusePage *self = FD_KIOSK_REFUSE_PAGE (page);

  /* Translators: REG-6. */
  gtk_label_set_text (self->refuse_title, fd_kiosk_page_tr (page, N_("We understand.")));
  gtk_label_set_text (self->refuse_text, fd_kiosk_page_tr (page, N_("Registration is the company's rule, for your safety and the company's. Thank you for your understanding.")));
  gtk_button_set_label (self->refuse_back_button, fd_kiosk_page_tr (page, N_("All right, I will register")));
  gtk_button_set_label (self->refuse_final_button, fd_kiosk_page_tr (page, N_("I still do not want to register")));
}

static void
fd_kiosk_refuse_page_class_init (FdKioskRefusePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  FD_KIOSK_PAGE_CLASS (klass)->apply_lang = fd_kiosk_refuse_page_apply_lang;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-refuse-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskRefusePage, refuse_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskRefusePage, refuse_text);
  gtk_widget_class_bind_template_child (widget_class, FdKioskRefusePage, refuse_back_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskRefusePage, refuse_final_button);
  gtk_widget_class_bind_template_callback (widget_class, refuse_final_cb);
}

static void
fd_kiosk_refuse_page_init (FdKioskRefusePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
