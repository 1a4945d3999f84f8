/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-confirm-page.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * Confirming the host by department before saving (REC-2, REG-3): 「请问您
 * 是找销售部的张伟先生吗?」.  "Yes" saves the visit in a worker thread and
 * reads it back, so the kiosk knows at once whether the badge is held
 * (watchlist); then "registered" hands the stored visit to the window.
 */

struct _FdKioskConfirmPage
{
  FdKioskPage     parent_instance;

  /* template widgets */
  GtkLabel       *confirm_question;
  GtkLabel       *confirm_hint;
  GtkButton      *confirm_no_button;
  GtkButton      *confirm_yes_button;
  GtkSpinner     *confirm_spinner;
  GtkLabel       *confirm_status;

  /* owned */
  FdRegistration *reg;      /* what the visitor typed, or NULL */
  FdHost         *host;     /* whom they came to see */

  /* state */
  gboolean        saving;   /* the visit is being written */
};

G_DEFINE_FINAL_TYPE (FdKioskConfirmPage, fd_kiosk_confirm_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_REGISTERED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/* @text (marked with N_()) in the visitor's language. */
#define tr(self, text) fd_kiosk_page_tr (FD_KIOSK_PAGE (self), text)

static void
set_saving (FdKioskConfirmPage *self,
            gboolean            saving)
{
  self->saving = saving;
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), !saving);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), !saving);
  if (saving)
    gtk_spinner_start (self->confirm_spinner);
  else
    gtk_spinner_stop (self->confirm_spinner);
}

static gpointer
save_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  gint64 id = fd_store_add_visit (store, data, error);

  return id != 0 ? fd_store_get_visit (store, id, error) : NULL;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdKioskConfirmPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_run_finish (FD_STORE (source), result, &error);

  if (!self->saving)
    return;  /* reset while saving: the visitor has gone */
  set_saving (self, FALSE);

  if (visit == NULL)
    {
      g_message ("Saving a registration failed: %s", error->message);
      /* What the visitor typed stays: "Yes" again works once the disk has
       * room. */
      gtk_label_set_text (self->confirm_status,
                          g_error_matches (error, FD_ERROR, FD_ERROR_FULL)
                          ? tr (self, N_("We cannot save your registration right now. Please ask at reception; we are sorry for the wait."))
                          : tr (self, N_("The registration did not go through. Please try again, or ask at reception.")));
      return;
    }
  g_signal_emit (self, signals[SIGNAL_REGISTERED], 0, visit);
}

static void
confirm_yes_cb (FdKioskConfirmPage *self)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  FdRegistration *reg;

  if (self->saving || self->reg == NULL)
    return;

  reg = fd_registration_copy (self->reg);
  reg->visit_ms = fd_store_now_ms (fd_kiosk_page_get_store (page));
  set_saving (self, TRUE);
  gtk_label_set_text (self->confirm_status, tr (self, N_("Registering…")));
  fd_store_run_async (fd_kiosk_page_get_store (page), save_job, reg, (GDestroyNotify) fd_registration_free,
                      (GDestroyNotify) fd_visit_free, fd_kiosk_page_get_cancellable (page),
                      saved_cb, g_object_ref (self));
}

/**
 * fd_kiosk_confirm_page_set_registration:
 * @reg: (transfer full): a complete registration
 * @host: the host it names
 */
void
fd_kiosk_confirm_page_set_registration (FdKioskConfirmPage *self,
                                        FdRegistration     *reg,
                                        const FdHost       *host)
{
  g_return_if_fail (FD_IS_KIOSK_CONFIRM_PAGE (self));

  g_clear_pointer (&self->reg, fd_registration_free);
  g_clear_pointer (&self->host, fd_host_free);
  self->reg = reg;
  self->host = fd_host_copy (host);
  gtk_label_set_text (self->confirm_status, "");
  fd_kiosk_page_set_lang (FD_KIOSK_PAGE (self), fd_kiosk_page_get_lang (FD_KIOSK_PAGE (self)));
}

/* FdKioskPage. */

static void
fd_kiosk_confirm_page_apply_lang (FdKioskPage *page)
{
  FdKioskConfirmPage *self = FD_KIOSK_CONFIRM_PAGE (page);

  gtk_label_set_text (self->confirm_hint, tr (self, N_("Let us make sure you meet the right person.")));
  gtk_button_set_label (self->confirm_no_button, tr (self, N_("No, go back")));
  gtk_button_set_label (self->confirm_yes_button, tr (self, N_("Yes, register me")));
  if (self->saving)
    gtk_label_set_text (self->confirm_status, tr (self, N_("Registering…")));
  if (self->host != NULL)
    {
      g_autofree char *who = fd_host_honorific_name (self->host->name, self->host->title,
                                                     fd_kiosk_page_get_lang (page));
      /* Translators: REC-2/REG-3. %1$s is a department, %2$s a person with
       * honorific, e.g. 「请问您是找销售部的张伟先生吗?」. */
      g_autofree char *question = g_strdup_printf (tr (self, N_("Are you here to see %2$s of %1$s?")),
                                                   self->host->department, who);

      gtk_label_set_text (self->confirm_question, question);
    }
  else
    gtk_label_set_text (self->confirm_question, "");
}

static void
fd_kiosk_confirm_page_reset (FdKioskPage *page)
{
  FdKioskConfirmPage *self = FD_KIOSK_CONFIRM_PAGE (page);

  g_clear_pointer (&self->reg, fd_registration_free);
  g_clear_pointer (&self->host, fd_host_free);
  set_saving (self, FALSE);
  gtk_label_set_text (self->confirm_question, "");
  gtk_label_set_text (self->confirm_status, "");
}

static void
fd_kiosk_confirm_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_CONFIRM_PAGE (page)->confirm_yes_button));
}

static gboolean
fd_kiosk_confirm_page_is_busy (FdKioskPage *page)
{
  return FD_KIOSK_CONFIRM_PAGE (page)->saving;
}

/* GObject. */

static void
fd_kiosk_confirm_page_finalize (GObject *object)
{
  FdKioskConfirmPage *self = FD_KIOSK_CONFIRM_PAGE (object);

  g_clear_pointer (&self->reg, fd_registration_free);
  g_clear_pointer (&self->host, fd_host_free);
  G_OBJECT_CLASS (fd_kiosk_confirm_page_parent_class)->finalize (object);
}

static void
fd_kiosk_confirm_page_class_init (FdKioskConfirmPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->finalize = fd_kiosk_confirm_page_finalize;
  page_class->apply_lang = fd_kiosk_confirm_page_apply_lang;
  page_class->reset = fd_kiosk_confirm_page_reset;
  page_class->focus = fd_kiosk_confirm_page_focus;
  page_class->is_busy = fd_kiosk_confirm_page_is_busy;

  /**
   * FdKioskConfirmPage::registered:
   * @visit: (type FdVisit): the stored visit
   *
   * The visit is on disk.
   */
  signals[SIGNAL_REGISTERED] =
    g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-confirm-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_question);
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_hint);
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_no_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_yes_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_spinner);
  gtk_widget_class_bind_template_child (widget_class, FdKioskConfirmPage, confirm_status);
  gtk_widget_class_bind_template_callback (widget_class, confirm_yes_cb);
}

static void
fd_kiosk_confirm_page_init (FdKioskConfirmPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
