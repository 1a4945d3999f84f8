/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by fd-staff-admin-page.c (loading, settings) and
 * fd-staff-admin-actions.c (hosts, topics, accounts); nothing else
 * includes it. */

#include "fd-staff-admin-page.h"

G_BEGIN_DECLS

#define FD_STAFF_ADMIN_N_SETTINGS 7

struct _FdStaffAdminPage
{
  FdStaffPage   parent_instance;

  /* template widgets */
  GtkLabel       *site_heading;
  GtkLabel       *policy_label;
  GtkDropDown    *policy_drop;
  GtkLabel       *labels[FD_STAFF_ADMIN_N_SETTINGS];
  GtkEntry       *entries[FD_STAFF_ADMIN_N_SETTINGS];
  GtkCheckButton *plain_mail_check;
  GtkCheckButton *http_hook_check;
  GtkButton      *save_button;
  struct _FdStaffPrintersSection *printers_section;
  struct _FdStaffMessagesSection *messages_section;
  struct _FdStaffKpiSection      *kpi_section;
  GtkLabel       *hosts_heading;
  GtkButton      *add_host_button;
  GtkButton      *import_button;
  GtkListBox     *host_list;
  GtkLabel       *topics_heading;
  GtkLabel       *topics_hint;
  GtkEntry       *topic_zh;
  GtkEntry       *topic_en;
  GtkDropDown    *topic_host;
  GtkButton      *topic_add;
  GtkListBox     *topic_list;
  GtkLabel       *staff_heading;
  GtkEntry       *staff_user;
  GtkEntry       *staff_display;
  GtkPasswordEntry *staff_secret;
  GtkDropDown    *staff_role;
  GtkButton      *staff_add;
  GtkListBox     *staff_list;

  GPtrArray      *hosts;        /* FdHost, all, as loaded */
  GPtrArray      *topics;       /* FdTopic, as stored */
  GArray         *topic_hosts;  /* ids of the active hosts in topic_host */
  gboolean        fill_settings; /* the next load fills the settings form */
};

void fd_staff_admin_page_install_actions (GtkWidgetClass   *widget_class);
void fd_staff_admin_page_show_topics     (FdStaffAdminPage *self);
void fd_staff_admin_page_run_change      (FdStaffAdminPage *self,
                                          FdStoreJob        job,
                                          gpointer          data,
                                          GDestroyNotify    data_free,
                                          GDestroyNotify    result_free,
                                          const char       *done);
void fd_staff_admin_page_add_topic_cb    (FdStaffAdminPage *self);
void fd_staff_admin_page_add_staff_cb    (FdStaffAdminPage *self);

G_END_DECLS
