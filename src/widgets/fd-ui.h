/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

void       fd_ui_ensure_resources (void);
void       fd_ui_list_clear       (GtkListBox  *list);
void       fd_ui_return_focus     (GtkWindow   *dialog);
void       fd_ui_name_drop_down   (GtkDropDown *drop_down,
                                   const char  *name);
void       fd_ui_name_calendar    (GtkCalendar *calendar,
                                   FdLang       lang);
void       fd_ui_spin_activates_default (GtkSpinButton *spin);
gboolean   fd_ui_list_replace     (GtkListBox  *list,
                                   GPtrArray   *rows,
                                   char       **shown);

G_END_DECLS
