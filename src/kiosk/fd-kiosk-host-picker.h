/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_HOST_PICKER (fd_kiosk_host_picker_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskHostPicker, fd_kiosk_host_picker, FD, KIOSK_HOST_PICKER, GtkWidget)

void          fd_kiosk_host_picker_set_store (FdKioskHostPicker *self,
                                              FdStore           *store);
void          fd_kiosk_host_picker_set_lang  (FdKioskHostPicker *self,
                                              FdLang             lang);
void          fd_kiosk_host_picker_label     (FdKioskHostPicker *self,
                                              GtkLabel          *label,
                                              GtkLabel          *error);
const FdHost *fd_kiosk_host_picker_get_host  (FdKioskHostPicker *self);
void          fd_kiosk_host_picker_set_host  (FdKioskHostPicker *self,
                                              const FdHost      *host);
guint         fd_kiosk_host_picker_get_n_results (FdKioskHostPicker *self);
void          fd_kiosk_host_picker_clear     (FdKioskHostPicker *self);

G_END_DECLS
