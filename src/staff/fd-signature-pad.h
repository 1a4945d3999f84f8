/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FD_TYPE_SIGNATURE_PAD (fd_signature_pad_get_type ())

G_DECLARE_FINAL_TYPE (FdSignaturePad, fd_signature_pad, FD, SIGNATURE_PAD, GtkWidget)

GtkWidget *fd_signature_pad_new      (void);
char      *fd_signature_pad_get_text (FdSignaturePad *self) G_GNUC_WARN_UNUSED_RESULT;
void       fd_signature_pad_set_text (FdSignaturePad *self,
                                      const char     *text);
gboolean   fd_signature_pad_is_empty (FdSignaturePad *self);
void       fd_signature_pad_clear    (FdSignaturePad *self);
void       fd_signature_pad_write    (FdSignaturePad *self,
                                      const double   *xy,
                                      guint           n_points);
void       fd_signature_pad_set_editable (FdSignaturePad *self,
                                      gboolean        editable);

G_END_DECLS
