/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-keyboard-private.h"

/*
 * The keyboard's input engines: getting them ready off the main loop, and
 * forgetting the visitor on every idle reset (fd-keyboard.c has the keys'
 * side).  Also the station file's keyboard= words.
 */

/* Off the main loop: pinyin's schema checked (compiled on the first
 * start) and the handwriting model read (26 MB).  Returns the recogniser,
 * or NULL without the model; pinyin's failure is the task's error. */
static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  g_autoptr(GError) hand_error = NULL;
  FdHandwriting *hand = fd_handwriting_new (FD_HANDWRITING_MODEL, &hand_error);

  if (hand == NULL)
    g_warning ("%s", hand_error->message);
  if (!fd_pinyin_prepare (task_data, &error))
    {
      g_warning ("Pinyin is not available: %s", error->message);
      g_clear_error (&error);
    }
  g_task_return_pointer (task, hand, (GDestroyNotify) fd_handwriting_free);
}

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdKeyboard) self = user_data;
  FdHandwriting *hand = g_task_propagate_pointer (G_TASK (result), NULL);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      fd_handwriting_free (hand);
      return;
    }
  if (self->hand == NULL)
    self->hand = hand;
  else
    fd_handwriting_free (hand);
  if (self->pinyin == NULL)
    self->pinyin = fd_pinyin_new ();  /* NULL when pinyin could not be set up */
  fd_keyboard_show_candidates (self);
}

/**
 * fd_keyboard_prepare:
 * @engine_dir: the station's folder for the pinyin engine
 *
 * Gets pinyin and handwriting ready off the main loop (pinyin's schema is
 * compiled there once, on the first start).
 */
void
fd_keyboard_prepare (FdKeyboard *self,
                     const char *engine_dir)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_KEYBOARD (self));

  task = g_task_new (NULL, self->cancellable, prepared_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (engine_dir), g_free);
  g_task_run_in_thread (task, prepare_thread);
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
