/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-goodbye-page.h"

#include "fd-ui.h"

/*
 * The goodbye after check-out (REC-5): belongings, where the badge goes,
 * and a one-tap satisfaction question (KPI-1).
 */

struct _FdKioskGoodbyePage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *goodbye_title;
  GtkLabel    *goodbye_items;
  GtkLabel    *goodbye_badge;
  GtkLabel    *survey_question;
  GtkBox      *survey_buttons;
  GtkButton   *survey_good_button;
  GtkButton   *survey_ok_button;
  GtkButton   *survey_bad_button;
  GtkLabel    *survey_thanks;
  GtkButton   *goodbye_done_button;

  /* state */
  gint64       visit;       /* the visit that ended, 0 none */
  gboolean     has_items;   /* the visitor declared belongings */
  gboolean     return_box;  /* badges go into a return box */
  int          survey;      /* the answer, 0 none */
};

G_DEFINE_FINAL_TYPE (FdKioskGoodbyePage, fd_kiosk_goodbye_page, FD_TYPE_KIOSK_PAGE)

static void
fd_kiosk_goodbye_page_apply_lang (FdKioskPage *page)
{
  FdKioskGoodbyePage *self = FD_KIOSK_GOODBYE_PAGE (page);

  /* Translators: REC-5. */
  gtk_label_set_text (self->goodbye_title, fd_kiosk_page_tr (page, N_("Goodbye, and welcome back anytime!")));
  gtk_label_set_text (self->goodbye_items, fd_kiosk_page_tr (page, N_("Please remember to take your belongings with you.")));
  gtk_label_set_text (self->goodbye_badge, self->return_box
                      ? fd_kiosk_page_tr (page, N_("Please drop your visitor badge into the return box."))
                      : fd_kiosk_page_tr (page, N_("Please hand your visitor badge back at reception.")));
  gtk_label_set_text (self->survey_question, fd_kiosk_page_tr (page, N_("How was your visit today?")));
  gtk_button_set_label (self->survey_good_button, fd_kiosk_page_tr (page, N_("Satisfied")));
  gtk_button_set_label (self->survey_ok_button, fd_kiosk_page_tr (page, N_("Neutral")));
  gtk_button_set_label (self->survey_bad_button, fd_kiosk_page_tr (page, N_("Not satisfied")));
  gtk_label_set_text (self->survey_thanks, self->survey > 0 ? fd_kiosk_page_tr (page, N_("Thank you for your feedback!")) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->survey_buttons), self->survey == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->goodbye_items), self->has_items);
  gtk_button_set_label (self->goodbye_done_button, fd_kiosk_page_tr (page, N_("Done")));
}

void
fd_kiosk_goodbye_page_set_return_box (FdKioskGoodbyePage *self,
                                      gboolean            return_box)
{
  g_return_if_fail (FD_IS_KIOSK_GOODBYE_PAGE (self));

  self->return_box = return_box;
  fd_kiosk_goodbye_page_apply_lang (FD_KIOSK_PAGE (self));
}

void
fd_kiosk_goodbye_page_show_visit (FdKioskGoodbyePage *self,
                                  const FdVisit      *visit)
{
  g_return_if_fail (FD_IS_KIOSK_GOODBYE_PAGE (self));

  fd_kiosk_page_reset (FD_KIOSK_PAGE (self));
  self->visit = visit->id;
  self->has_items = visit->items != NULL && *visit->items != '\0';
  fd_kiosk_goodbye_page_apply_lang (FD_KIOSK_PAGE (self));
}

typedef struct {
  gint64 visit_id;
  int    score;
} Survey;

static gpointer
survey_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Survey *survey = data;

  return fd_store_set_satisfaction (store, survey->visit_id, survey->score, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
survey_clicked_cb (FdKioskGoodbyePage *self,
                   GtkButton          *button)
{
  Survey *survey = g_new0 (Survey, 1);

  survey->visit_id = self->visit;
  survey->score = button == self->survey_good_button ? 3 : button == self->survey_ok_button ? 2 : 1;
  self->survey = survey->score;
  fd_kiosk_goodbye_page_apply_lang (FD_KIOSK_PAGE (self));
  fd_store_run_async (fd_kiosk_page_get_store (FD_KIOSK_PAGE (self)), survey_job, survey, g_free, NULL, NULL,
                      fd_kiosk_log_failure_cb, (gpointer) "Saving an answer");
}

static void
fd_kiosk_goodbye_page_reset (FdKioskPage *page)
{
  FdKioskGoodbyePage *self = FD_KIOSK_GOODBYE_PAGE (page);

  self->visit = 0;
  self->has_items = FALSE;
  self->survey = 0;
  fd_kiosk_goodbye_page_apply_lang (page);
}

static void
fd_kiosk_goodbye_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_GOODBYE_PAGE (page)->goodbye_done_button));
}

static void
fd_kiosk_goodbye_page_class_init (FdKioskGoodbyePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  page_class->apply_lang = fd_kiosk_goodbye_page_apply_lang;
  page_class->reset = fd_kiosk_goodbye_page_reset;
  page_class->focus = fd_kiosk_goodbye_page_focus;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-goodbye-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdKioskGoodbyePage, name)
  BIND (goodbye_title);
  BIND (goodbye_items);
  BIND (goodbye_badge);
  BIND (survey_question);
  BIND (survey_buttons);
  BIND (survey_good_button);
  BIND (survey_ok_button);
  BIND (survey_bad_button);
  BIND (survey_thanks);
  BIND (goodbye_done_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, survey_clicked_cb);
}

static void
fd_kiosk_goodbye_page_init (FdKioskGoodbyePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
