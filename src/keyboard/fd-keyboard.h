/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

#define FD_TYPE_KEYBOARD (fd_keyboard_get_type ())

G_DECLARE_FINAL_TYPE (FdKeyboard, fd_keyboard, FD, KEYBOARD, GtkWidget)

/* What the keys type. */
typedef enum {
  FD_KEYBOARD_PINYIN,
  FD_KEYBOARD_ENGLISH,
  FD_KEYBOARD_PHONE,        /* digits, +, space, - */
  FD_KEYBOARD_ID_NUMBER,    /* digits and X */
  FD_KEYBOARD_SYMBOLS,
  FD_KEYBOARD_HANDWRITING,
} FdKeyboardMode;

/* When the kiosk shows it (the station file's keyboard=). */
typedef enum {
  FD_KEYBOARD_SHOW_TOUCH,   /* when a field is touched */
  FD_KEYBOARD_SHOW_ALWAYS,  /* whenever a field has focus */
  FD_KEYBOARD_SHOW_NEVER,
} FdKeyboardShow;

GtkWidget      *fd_keyboard_new             (void);
void            fd_keyboard_set_lang        (FdKeyboard   *self,
                                             FdLang        lang);
void            fd_keyboard_set_target      (FdKeyboard   *self,
                                             GtkEditable  *target);
GtkEditable    *fd_keyboard_get_target      (FdKeyboard   *self);
void            fd_keyboard_set_mode        (FdKeyboard   *self,
                                             FdKeyboardMode mode);
FdKeyboardMode  fd_keyboard_get_mode        (FdKeyboard   *self);
void            fd_keyboard_set_sound       (FdKeyboard   *self,
                                             gboolean      sound);
void            fd_keyboard_prepare         (FdKeyboard   *self,
                                             const char   *engine_dir);
gboolean        fd_keyboard_pinyin_ready    (FdKeyboard   *self);
gboolean        fd_keyboard_forget          (FdKeyboard   *self);
void            fd_keyboard_write           (FdKeyboard   *self,
                                             const double *xy,
                                             guint         n_points);
char           *fd_keyboard_describe_state  (FdKeyboard   *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean        fd_keyboard_show_from_text  (const char   *text,
                                             FdKeyboardShow *show);

G_END_DECLS
