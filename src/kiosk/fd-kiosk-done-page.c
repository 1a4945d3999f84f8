/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-done-page.h"

#include "fd-ui.h"

/*
 * The done page (REG-4, REC-4): the badge printing in the background, the
 * SOP's hand-over words, the belongings sentence, and a drink for the staff
 * window to bring.
 */

struct _FdKioskDonePage
{
  FdKioskPage      parent_instance;

  /* template widgets */
  GtkLabel        *done_title;
  GtkLabel        *done_badge;
  GtkLabel        *done_items;
  GtkLabel        *done_print;
  GtkLabel        *done_wait;
  GtkLabel        *drink_question;
  GtkBox          *drink_buttons;
  GtkButton       *drink_tea_button;
  GtkButton       *drink_water_button;
  GtkButton       *drink_none_button;
  GtkButton       *done_button;

  /* owned */
  FdPrintSettings *print_settings; /* where badges go; NULL: none issued */
  char            *host;           /* whom the visitor waits for */
  char            *host_title;

  /* state */
  gint64           visit;          /* the visit shown, 0 none */
  gboolean         has_items;      /* belongings were declared (REG-4) */
  gboolean         badge_busy;     /* its badge is being printed */
  FdBadgeState     badge_state;
  const char      *drink;          /* chosen, a static string */
};

G_DEFINE_FINAL_TYPE (FdKioskDonePage, fd_kiosk_done_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_BADGE_ISSUED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/* @text (marked with N_()) in the visitor's language. */
#define tr(self, text) fd_kiosk_page_tr (FD_KIOSK_PAGE (self), text)

/* REG-4's words once the badge is in the visitor's hand, REC-4's while
 * they wait, and a drink. */
static void
fd_kiosk_done_page_apply_lang (FdKioskPage *page)
{
  FdKioskDonePage *self = FD_KIOSK_DONE_PAGE (page);

  gtk_label_set_text (self->done_title, tr (self, N_("You are registered. Thank you!")));
  gtk_label_set_text (self->done_badge, tr (self, N_("Here is your visitor badge. Please keep it with you and return it when you leave.")));
  gtk_label_set_text (self->done_items, tr (self, N_("As you carry items, please show your visitor badge when you leave so that we can check them.")));
  gtk_label_set_text (self->drink_question, tr (self, N_("Would you like something to drink while you wait?")));
  gtk_button_set_label (self->drink_tea_button, tr (self, N_("Tea")));
  gtk_button_set_label (self->drink_water_button, tr (self, N_("Water")));
  gtk_button_set_label (self->drink_none_button, tr (self, N_("No, thank you")));
  gtk_button_set_label (self->done_button, tr (self, N_("Done")));

  gtk_widget_set_visible (GTK_WIDGET (self->done_items), self->has_items);
  gtk_widget_set_visible (GTK_WIDGET (self->drink_buttons), self->drink == NULL);
  if (self->drink != NULL && g_strcmp0 (self->drink, "none") != 0)
    gtk_label_set_text (self->drink_question, tr (self, N_("We will bring it to you shortly.")));
  gtk_widget_set_visible (GTK_WIDGET (self->drink_question),
                          self->drink == NULL || g_strcmp0 (self->drink, "none") != 0);

  if (self->host != NULL)
    {
      g_autofree char *who = fd_host_honorific_name (self->host, self->host_title, fd_kiosk_page_get_lang (page));
      /* Translators: REC-4. %s is the host with honorific. */
      g_autofree char *wait = g_strdup_printf (tr (self, N_("Please take a seat here. We are letting %s know you have arrived.")), who);

      gtk_label_set_text (self->done_wait, wait);
    }
  else
    gtk_label_set_text (self->done_wait, "");

  gtk_widget_set_visible (GTK_WIDGET (self->done_badge),
                          !self->badge_busy && self->badge_state != FD_BADGE_FAILED);
  if (self->badge_busy)
    fd_kiosk_show_message (self->done_print, tr (self, N_("Your visitor badge is printing…")));
  else if (self->badge_state == FD_BADGE_FAILED)
    fd_kiosk_show_message (self->done_print, tr (self, N_("Your visitor badge could not be printed. Please collect it at reception; the receptionist has been told.")));
  else if (self->badge_state == FD_BADGE_SAVED)
    /* No printer: the file is for reception (the staff window says where),
     * not for the visitor. */
    fd_kiosk_show_message (self->done_print, tr (self, N_("Please collect your visitor badge at reception.")));
  else
    fd_kiosk_show_message (self->done_print, NULL);
}

static void
badge_issued_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdKioskDonePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !self->badge_busy)
    return;  /* the visitor has gone; the staff window has the outcome */
  self->badge_busy = FALSE;
  if (outcome == NULL)
    {
      g_warning ("Issuing a badge failed: %s", error->message);
      self->badge_state = FD_BADGE_FAILED;
    }
  else
    self->badge_state = outcome->state;
  fd_kiosk_done_page_apply_lang (FD_KIOSK_PAGE (self));
  g_signal_emit (self, signals[SIGNAL_BADGE_ISSUED], 0, self->visit);
}

/* The done page of a visit just stored, by the form or an invitation: its
 * badge starts printing. */
void
fd_kiosk_done_page_show_visit (FdKioskDonePage *self,
                               const FdVisit   *visit)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);

  g_return_if_fail (FD_IS_KIOSK_DONE_PAGE (self));

  fd_kiosk_page_reset (page);
  self->host = g_strdup (visit->host_name);
  self->host_title = g_strdup (visit->host_title);
  self->has_items = visit->items != NULL && *visit->items != '\0';
  self->visit = visit->id;
  if (self->print_settings != NULL)
    {
      self->badge_busy = TRUE;
      fd_badge_issue_async (fd_kiosk_page_get_store (page), self->print_settings, visit->id,
                            fd_kiosk_page_get_cancellable (page), badge_issued_cb, g_object_ref (self));
    }
  fd_kiosk_done_page_apply_lang (page);
}

/**
 * fd_kiosk_done_page_set_print_settings:
 * @settings: (nullable): where badges go; %NULL issues none
 */
void
fd_kiosk_done_page_set_print_settings (FdKioskDonePage       *self,
                                       const FdPrintSettings *settings)
{
  g_return_if_fail (FD_IS_KIOSK_DONE_PAGE (self));

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  if (settings != NULL)
    self->print_settings = fd_print_settings_copy (settings);
}

/* REC-4: a drink, for the staff window to bring. */

typedef struct {
  gint64      visit_id;
  const char *drink;
} Drink;

static gpointer
drink_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Drink *drink = data;

  return fd_store_set_drink (store, drink->visit_id, drink->drink, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
drink_clicked_cb (FdKioskDonePage *self,
                  GtkButton       *button)
{
  Drink *drink;

  self->drink = button == self->drink_tea_button ? "tea"
                : button == self->drink_water_button ? "water" : "none";
  fd_kiosk_done_page_apply_lang (FD_KIOSK_PAGE (self));
  if (g_str_equal (self->drink, "none"))
    return;
  drink = g_new0 (Drink, 1);
  drink->visit_id = self->visit;
  drink->drink = self->drink;
  fd_store_run_async (fd_kiosk_page_get_store (FD_KIOSK_PAGE (self)), drink_job, drink, g_free, NULL,
                      NULL, fd_kiosk_log_failure_cb, (gpointer) "Saving a drink");
}

/* FdKioskPage. */

static void
fd_kiosk_done_page_reset (FdKioskPage *page)
{
  FdKioskDonePage *self = FD_KIOSK_DONE_PAGE (page);

  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->host_title, g_free);
  self->visit = 0;
  self->has_items = FALSE;
  self->badge_busy = FALSE;
  self->badge_state = FD_BADGE_PENDING;
  self->drink = NULL;
  fd_kiosk_done_page_apply_lang (page);
}

static void
fd_kiosk_done_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_DONE_PAGE (page)->done_button));
}

/* GObject. */

static void
fd_kiosk_done_page_finalize (GObject *object)
{
  FdKioskDonePage *self = FD_KIOSK_DONE_PAGE (object);

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->host_title, g_free);
  G_OBJECT_CLASS (fd_kiosk_done_page_parent_class)->finalize (object);
}

static void
fd_kiosk_done_page_class_init (FdKioskDonePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->finalize = fd_kiosk_done_page_finalize;
  page_class->apply_lang = fd_kiosk_done_page_apply_lang;
  page_class->reset = fd_kiosk_done_page_reset;
  page_class->focus = fd_kiosk_done_page_focus;

  /**
   * FdKioskDonePage::badge-issued:
   * @id: the visit's id
   *
   * The badge of the visit shown was printed, saved or failed.
   */
  signals[SIGNAL_BADGE_ISSUED] =
    g_signal_new ("badge-issued", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-done-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdKioskDonePage, name)
  BIND (done_title);
  BIND (done_badge);
  BIND (done_items);
  BIND (done_print);
  BIND (done_wait);
  BIND (drink_question);
  BIND (drink_buttons);
  BIND (drink_tea_button);
  BIND (drink_water_button);
  BIND (drink_none_button);
  BIND (done_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, drink_clicked_cb);
}

static void
fd_kiosk_done_page_init (FdKioskDonePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
