/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-kiosk-window.h"

G_BEGIN_DECLS

/* How long the done and held pages stay before the kiosk wipes itself. */
#define FD_KIOSK_DONE_SECONDS 30

/* The site settings the kiosk shows, read off the main loop. */
typedef struct {
  char     *company_zh;
  char     *company_en;
  gboolean   return_box;  /* badges go into a return box at check-out */
  GPtrArray *topics;      /* Topic (REC-3), taken by the window when shown */
} FdSite;

/* The struct is shared by the kiosk's files (window, form, flows) and with
 * the UI tests, which drive the real widgets. */
struct _FdKioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets, in the order of the template */
  GtkBox          *bar;
  GtkLabel        *company_label;
  GtkButton       *lang_button;
  GtkStack        *stack;
  GtkLabel        *welcome_title;
  GtkLabel        *welcome_subtitle;
  GtkBox          *welcome_buttons;
  GtkButton       *invite_button;
  GtkButton       *register_button;
  GtkButton       *unsure_button;
  GtkButton       *checkout_button;
  GtkLabel        *welcome_hint;
  GtkLabel        *form_title;
  GtkBox          *form_columns;
  GtkLabel        *name_label;
  GtkEntry        *name_entry;
  GtkLabel        *name_error;
  GtkLabel        *phone_label;
  GtkEntry        *phone_entry;
  GtkLabel        *phone_error;
  GtkLabel        *company_field_label;
  GtkEntry        *company_entry;
  GtkLabel        *company_error;
  GtkLabel        *items_label;
  GtkEntry        *items_entry;
  GtkLabel        *items_error;
  GtkLabel        *host_label;
  GtkEntry        *host_entry;
  GtkListBox      *host_list;
  GtkLabel        *host_error;
  GtkLabel        *purpose_label;
  GtkEntry        *purpose_entry;
  GtkBox          *purpose_chips;
  GtkLabel        *purpose_error;
  GtkToggleButton *id_toggle;
  GtkRevealer     *id_revealer;
  GtkLabel        *id_reason;
  GtkCheckButton  *id_consent;
  GtkDropDown     *id_type;
  GtkEntry        *id_entry;
  GtkLabel        *id_error;
  GtkButton       *refuse_button;
  GtkButton       *form_back_button;
  GtkButton       *form_next_button;
  GtkLabel        *confirm_question;
  GtkLabel        *confirm_hint;
  GtkButton       *confirm_no_button;
  GtkButton       *confirm_yes_button;
  GtkSpinner      *confirm_spinner;
  GtkLabel        *confirm_status;
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
  GtkLabel        *invite_title;
  GtkLabel        *invite_hint;
  GtkEntry        *invite_entry;
  GtkLabel        *invite_error;
  GtkButton       *invite_back_button;
  GtkButton       *invite_next_button;
  GtkButton       *invite_walkin_button;
  GtkLabel        *invite_confirm_title;
  GtkLabel        *invite_details;
  GtkButton       *invite_notme_button;
  GtkButton       *invite_confirm_button;
  GtkLabel        *invite_status;
  GtkLabel        *topics_title;
  GtkFlowBox      *topics_box;
  GtkButton       *topics_back_button;
  GtkLabel        *refuse_title;
  GtkLabel        *refuse_text;
  GtkButton       *refuse_back_button;
  GtkButton       *refuse_final_button;
  GtkLabel        *refused_text;
  GtkButton       *refused_done_button;
  GtkLabel        *held_title;
  GtkLabel        *held_text;
  GtkButton       *held_done_button;
  GtkLabel        *checkout_title;
  GtkLabel        *checkout_hint;
  GtkEntry        *checkout_entry;
  GtkLabel        *checkout_error;
  GtkButton       *checkout_back_button;
  GtkLabel        *goodbye_title;
  GtkLabel        *goodbye_items;
  GtkLabel        *goodbye_badge;
  GtkLabel        *survey_question;
  GtkBox          *survey_buttons;
  GtkButton       *survey_good_button;
  GtkButton       *survey_ok_button;
  GtkButton       *survey_bad_button;
  GtkLabel        *survey_thanks;
  GtkButton       *goodbye_done_button;
  GtkLabel        *pin_title;
  GtkEntry        *pin_user_entry;
  GtkEntry        *pin_entry;
  GtkLabel        *pin_error;
  GtkButton       *pin_cancel_button;
  GtkButton       *pin_ok_button;

  /* owned references */
  FdStore         *store;          /* where visits are saved */
  FdPrintSettings *print_settings; /* where badges go; NULL: none issued */
  GCancellable    *cancellable;    /* this visitor's work; cancelled on reset */
  GCancellable    *search_cancellable; /* the host search under way */
  GPtrArray       *hosts;          /* FdHost rows of host_list, in order */
  FdHost          *chosen_host;    /* a copy of the host the visitor tapped */
  GPtrArray       *topics;         /* Topic: what visitors come for (REC-3) */
  FdInvitation    *invitation;     /* the invitation being confirmed */
  GString         *scan;           /* keys typed on the welcome page */
  FdSite          *site;           /* site settings, refreshed at each reset */

  /* what the done and goodbye pages show, kept after the form is wiped */
  char            *done_host;
  char            *done_host_title;
  gboolean         done_has_items; /* belongings were declared (REG-4) */
  gint64           done_visit;
  gint64           goodbye_visit;
  gboolean         goodbye_has_items;

  /* state */
  FdLang           lang;           /* the visitor's language */
  gboolean         show_errors;    /* after the first "Next": check as they type */
  gboolean         saving;         /* a registration is being written */
  FdBadgeState     badge_state;    /* of the visit on the done page */
  gboolean         badge_busy;     /* its badge is being printed */
  char            *badge_file;     /* where it was saved, without a printer */
  const char      *drink;          /* chosen on the done page, static string */
  int              survey;         /* answered on the goodbye page, 0 none */
  guint            idle_seconds;   /* inactivity before the kiosk wipes itself */
  guint            idle_source;
  guint            done_source;    /* returns to welcome after a last page */
  gboolean         portrait;       /* taller than wide: one column */
  gboolean         locked;         /* kiosk mode: no way out without a PIN */
};

/* A "not sure whom to see" choice (REC-3): routed to a department's contact. */
typedef struct {
  char   *zh;
  char   *en;
  FdHost *host;  /* the department's contact, read when the kiosk starts */
} Topic;

/* fd-kiosk-window.c */
void fd_kiosk_set_page            (FdKioskWindow *self,
                                   const char    *page);
void fd_kiosk_schedule_welcome    (FdKioskWindow *self,
                                   guint          seconds);
void fd_kiosk_apply_language      (FdKioskWindow *self);

/* fd-kiosk-form.c: the walk-in form and confirmation */
void fd_kiosk_form_init           (FdKioskWindow *self);
void fd_kiosk_form_clear          (FdKioskWindow *self);
void fd_kiosk_form_texts          (FdKioskWindow *self);
void fd_kiosk_form_set_host       (FdKioskWindow *self,
                                   const FdHost  *host);
void fd_kiosk_done_texts          (FdKioskWindow *self);
void fd_kiosk_issue_badge         (FdKioskWindow *self,
                                   gint64         visit_id);
void fd_kiosk_form_class_init     (GtkWidgetClass *widget_class);

/* fd-kiosk-done.c: the done page */
void fd_kiosk_done_class_init     (GtkWidgetClass *widget_class);
void fd_kiosk_log_failure_cb      (GObject        *source,
                                   GAsyncResult   *result,
                                   gpointer        user_data);

/* fd-kiosk-flows.c: invitation, not sure, check-out, refusal, held, PIN */
void fd_kiosk_flows_clear         (FdKioskWindow *self);
void fd_kiosk_flows_texts         (FdKioskWindow *self);
void fd_kiosk_input_init          (FdKioskWindow *self);
void fd_kiosk_restart_idle        (FdKioskWindow *self);
GPtrArray *fd_kiosk_topics_read      (FdStore       *store);
void fd_kiosk_flows_show_topics   (FdKioskWindow *self,
                                   GPtrArray     *topics);
void fd_kiosk_flows_class_init    (GtkWidgetClass *widget_class);
void fd_kiosk_show_done_for_visit (FdKioskWindow *self,
                                   gint64         visit_id,
                                   const char    *host,
                                   const char    *host_title,
                                   gboolean       items);
void fd_kiosk_topic_free          (Topic         *topic);

G_END_DECLS
