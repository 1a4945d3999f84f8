/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-keyboard-private.h"

/*
 * The keyboard's input engines: getting them ready off the main loop, and
 * forgetting the visitor on every idle reset (fd-keyboard.c has the keys'
 * side).  Also the station file's keyboard= words.
 */

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  FdKeyboard *self;

  if (!fd_pinyin_prepare_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Pinyin is not available: %s", error->message);
      g_object_unref (user_data);
      return;
    }
  self = user_data;
  if (!g_cancellable_is_cancelled (self->cancellable))
    {
      self->pinyin = fd_pinyin_new ();
      fd_keyboard_show_candidates (self);
    }
  g_object_unref (self);
}

/**
 * fd_keyboard_prepare:
 * @engine_dir: the station's folder for the pinyin engine
 *
 * Opens the handwriting model and gets pinyin ready off the main loop
 * (the schema is compiled there once, on the first start).
 */
void
fd_keyboard_prepare (FdKeyboard *self,
                     const char *engine_dir)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FD_IS_KEYBOARD (self));

  if (self->hand == NULL)
    {
      self->hand = fd_handwriting_new (FD_HANDWRITING_MODEL, &error);
      if (self->hand == NULL)
        g_warning ("%s", error->message);
    }
  fd_pinyin_prepare_async (engine_dir, self->cancellable, prepared_cb, g_object_ref (self));
}

gboolean
fd_keyboard_pinyin_ready (FdKeyboard *self)
{
  return self->pinyin != NULL;
}

/**
 * fd_keyboard_forget:
 *
 * Forgets the visitor: the composition, the candidates, the written
 * strokes and anything the input engine holds; back on the letters.
 *
 * Returns: whether the engine holds nothing of them.
 */
gboolean
fd_keyboard_forget (FdKeyboard *self)
{
  gboolean clean = TRUE;

  g_return_val_if_fail (FD_IS_KEYBOARD (self), FALSE);

  if (self->pinyin != NULL)
    clean = fd_pinyin_forget (self->pinyin);
  fd_keyboard_pad_clear (self);
  g_clear_weak_pointer (&self->target);
  self->text_mode = self->lang == FD_LANG_EN ? FD_KEYBOARD_ENGLISH : FD_KEYBOARD_PINYIN;
  fd_keyboard_set_mode (self, self->text_mode);
  return clean;
}

/**
 * fd_keyboard_describe_state:
 *
 * Returns: (transfer full): what the keyboard holds of the last visitor,
 *   for the privacy test: the composition, the candidates shown, the
 *   strokes on the pad.
 */
char *
fd_keyboard_describe_state (FdKeyboard *self)
{
  GString *out = g_string_new (NULL);
  GtkWidget *child;

  g_string_append_printf (out, "input=%s;strokes=%u;candidates=", gtk_label_get_text (GTK_LABEL (self->input_label)),
                          self->n_strokes);
  for (child = gtk_widget_get_first_child (self->candidates); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (out, "%s,", gtk_button_get_label (GTK_BUTTON (child)));
  if (self->pinyin != NULL)
    g_string_append_printf (out, ";engine=%s", fd_pinyin_get_input (self->pinyin));
  return g_string_free (out, FALSE);
}

/**
 * fd_keyboard_show_from_text:
 * @text: the station file's keyboard=: always, touch or never
 *
 * Returns: whether @text is one of them.
 */
gboolean
fd_keyboard_show_from_text (const char     *text,
                            FdKeyboardShow *show)
{
  if (g_strcmp0 (text, "always") == 0)
    *show = FD_KEYBOARD_SHOW_ALWAYS;
  else if (g_strcmp0 (text, "touch") == 0)
    *show = FD_KEYBOARD_SHOW_TOUCH;
  else if (g_strcmp0 (text, "never") == 0)
    *show = FD_KEYBOARD_SHOW_NEVER;
  else
    return FALSE;
  return TRUE;
}
