/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-kiosk-window.h"

G_BEGIN_DECLS

/* The struct is shared with the UI tests, which drive the real widgets. */
struct _FdKioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets: the bar */
  GtkLabel        *company_label;
  GtkButton       *lang_button;
  GtkStack        *stack;

  /* template widgets: welcome page */
  GtkLabel        *welcome_title;
  GtkLabel        *welcome_subtitle;
  GtkButton       *register_button;

  /* template widgets: form page */
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
  GtkLabel        *host_label;
  GtkSearchEntry  *host_entry;
  GtkListBox      *host_list;
  GtkLabel        *host_error;
  GtkLabel        *purpose_label;
  GtkEntry        *purpose_entry;
  GtkLabel        *purpose_error;
  GtkButton       *form_back_button;
  GtkButton       *form_next_button;

  /* template widgets: confirm page */
  GtkLabel        *confirm_question;
  GtkLabel        *confirm_hint;
  GtkButton       *confirm_no_button;
  GtkButton       *confirm_yes_button;
  GtkSpinner      *confirm_spinner;
  GtkLabel        *confirm_status;

  /* template widgets: done page */
  GtkLabel        *done_title;
  GtkLabel        *done_badge;
  GtkLabel        *done_print;
  GtkLabel        *done_wait;
  GtkButton       *done_button;

  /* owned references */
  FdStore         *store;          /* where visits are saved */
  FdPrintSettings *print_settings; /* where badges go */
  GCancellable    *cancellable;    /* this visitor's work; cancelled on reset */
  GCancellable    *search_cancellable; /* the host search under way */
  GPtrArray       *hosts;          /* FdHost rows of host_list, in order */
  FdHost          *chosen_host;    /* a copy of the host the visitor tapped */
  char            *done_host;      /* honorific parts kept for the done page */
  char            *done_host_title;
  gint64           done_visit;     /* the visit on the done page */

  /* state */
  FdLang           lang;           /* the visitor's language */
  gboolean         show_errors;    /* after the first "Next": check as they type */
  gboolean         saving;         /* a registration is being written */
  FdBadgeState     badge_state;    /* of the visit on the done page */
  gboolean         badge_busy;     /* its badge is being printed */
  char            *badge_file;     /* where it was saved, without a printer */
  guint            idle_seconds;   /* inactivity before the kiosk wipes itself */
  guint            idle_source;    /* the idle timer */
  guint            done_source;    /* returns to welcome after the done page */
};

G_END_DECLS
