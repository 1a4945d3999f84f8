/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-handwriting.h"
#include "fd-keyboard.h"
#include "fd-pinyin.h"

G_BEGIN_DECLS

struct _FdKeyboard
{
  GtkWidget       parent_instance;

  GtkWidget      *box;          /* the candidate bar above the keys */
  GtkWidget      *bar;
  GtkWidget      *input_label;  /* the pinyin being composed, or a hint */
  GtkWidget      *candidates;   /* a button per candidate */
  GtkWidget      *previous;     /* candidate pages */
  GtkWidget      *next;
  GtkWidget      *pages;        /* GtkStack: letters, digits, symbols, handwriting */
  GtkWidget      *pad;          /* the handwriting pad */
  GPtrArray      *keys;         /* every key, for the language and shift */
  GtkWidget      *digit_special; /* "+" for a phone number, "X" for an ID number */

  FdPinyin       *pinyin;       /* NULL until the engine is ready */
  FdHandwriting  *hand;         /* NULL without the model */
  GArray         *points;       /* the pad's strokes: FdPadPoint */
  guint           n_strokes;
  GPtrArray      *written;      /* candidates for the strokes */

  GtkEditable    *target;       /* weak */
  FdKeyboardMode  mode;
  FdKeyboardMode  text_mode;    /* pinyin or English, to go back to */
  gboolean        shift;
  gboolean        sound;
  FdLang          lang;
  GCancellable   *cancellable;
};

typedef struct {
  guint  stroke;
  double x;
  double y;
} FdPadPoint;

/* fd-keyboard-keys.c */
void       fd_keyboard_build_keys   (FdKeyboard *self);
void       fd_keyboard_update_keys  (FdKeyboard *self);
void       fd_keyboard_key_pressed  (FdKeyboard *self,
                                     const char *key);

/* fd-keyboard-pad.c */
GtkWidget *fd_keyboard_pad_new      (FdKeyboard *self);
void       fd_keyboard_pad_clear    (FdKeyboard *self);

/* fd-keyboard.c */
void       fd_keyboard_show_candidates (FdKeyboard *self);
void       fd_keyboard_type_text    (FdKeyboard *self,
                                     const char *text);

G_END_DECLS
