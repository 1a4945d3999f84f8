/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by fd-staff-reception-page.c (loading and showing) and
 * fd-staff-reception-actions.c (what reception does); nothing else
 * includes it. */

#include "fd-staff-reception-page.h"

G_BEGIN_DECLS

struct _FdStaffReceptionPage
{
  FdStaffPage      parent_instance;

  /* template widgets */
  GtkLabel        *prompt_label;
  GtkListBox      *alert_list;
  GtkLabel        *confirm_heading;
  GtkListBox      *confirm_list;
  GtkLabel        *heading;
  GtkLabel        *count_label;
  GtkListBox      *visit_list;
  GtkLabel        *expected_heading;
  GtkButton       *invite_button;
  GtkListBox      *expected_list;
  GtkLabel        *upcoming_heading;
  GtkListBox      *upcoming_list;
  GtkLabel        *left_heading;
  GtkListBox      *left_list;

  FdPrintSettings *print_settings; /* where badges print; NULL: none */
  GPtrArray       *visits;         /* FdVisit on site, held ones first */
  GPtrArray       *alerts;         /* FdAlert, open */
  char            *badge_fee;      /* REG-7: the site's fee, "" none */
  char            *company;        /* for the SOP's welcome */
  char            *shown[6];       /* what each list shows (fd_ui_list_replace()) */
};

void fd_staff_reception_page_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
