/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-handwriting.h"

#include <gio/gio.h>
#include <zinnia.h>

/*
 * Handwriting for visitors who write their name rather than spell it: the
 * strokes drawn on the keyboard's pad, recognised by zinnia with the
 * Simplified Chinese model of the Tegaki project.  The strokes live in
 * memory only, until the next character.
 */

struct _FdHandwriting
{
  zinnia_recognizer_t *recognizer;
  zinnia_character_t  *character;
  guint                width;
  guint                height;
};

/**
 * fd_handwriting_new:
 * @model: a zinnia model file, e.g. FD_HANDWRITING_MODEL
 *
 * Returns: (transfer full) (nullable): a recogniser, or %NULL when the
 *   model cannot be read.
 */
FdHandwriting *
fd_handwriting_new (const char  *model,
                    GError     **error)
{
  FdHandwriting *self = g_new0 (FdHandwriting, 1);

  self->recognizer = zinnia_recognizer_new ();
  if (!zinnia_recognizer_open (self->recognizer, model))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "The handwriting model %s cannot be read (tegaki-zinnia-simplified-chinese)", model);
      fd_handwriting_free (self);
      return NULL;
    }
  self->character = zinnia_character_new ();
  fd_handwriting_begin (self, 300, 300);
  return self;
}

void
fd_handwriting_free (FdHandwriting *self)
{
  if (self == NULL)
    return;
  if (self->character != NULL)
    zinnia_character_destroy (self->character);
  zinnia_recognizer_destroy (self->recognizer);
  g_free (self);
}

/* A new character on a pad of @width × @height. */
void
fd_handwriting_begin (FdHandwriting *self,
                      guint          width,
                      guint          height)
{
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  zinnia_character_clear (self->character);
  zinnia_character_set_width (self->character, self->width);
  zinnia_character_set_height (self->character, self->height);
}

/* A point of stroke @stroke (0 for the first), in pad coordinates. */
void
fd_handwriting_add (FdHandwriting *self,
                    guint          stroke,
                    double         x,
                    double         y)
{
  zinnia_character_add (self->character, stroke,
                        CLAMP ((int) x, 0, (int) self->width), CLAMP ((int) y, 0, (int) self->height));
}

/**
 * fd_handwriting_recognize:
 *
 * Returns: (transfer container) (element-type utf8): the @n_best likeliest
 *   characters for the strokes so far, the likeliest first.
 */
GPtrArray *
fd_handwriting_recognize (FdHandwriting *self,
                          guint          n_best)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  zinnia_result_t *result = zinnia_recognizer_classify (self->recognizer, self->character, n_best);

  for (size_t i = 0; result != NULL && i < zinnia_result_size (result); i++)
    g_ptr_array_add (found, g_strdup (zinnia_result_value (result, i)));
  if (result != NULL)
    zinnia_result_destroy (result);
  return found;
}
