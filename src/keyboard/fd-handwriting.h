/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Handwritten characters (fd-handwriting.c), on zinnia. */
typedef struct _FdHandwriting FdHandwriting;

#define FD_HANDWRITING_MODEL "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model"

FdHandwriting *fd_handwriting_new        (const char    *model,
                                          GError       **error);
void           fd_handwriting_free       (FdHandwriting *self);
void           fd_handwriting_begin      (FdHandwriting *self,
                                          guint          width,
                                          guint          height);
void           fd_handwriting_add        (FdHandwriting *self,
                                          guint          stroke,
                                          double         x,
                                          double         y);
GPtrArray     *fd_handwriting_recognize  (FdHandwriting *self,
                                          guint          n_best);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdHandwriting, fd_handwriting_free)

G_END_DECLS
