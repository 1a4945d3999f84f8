/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-keyboard-private.h"

#include <string.h>

/*
 * The kiosk's on-screen keyboard: a widget of its own inside the kiosk
 * window, typing into the field that has the focus (its target) as a
 * person at a physical keyboard would, so validation, the scanner and a
 * real keyboard work as before.  Pinyin (fd-pinyin.c) is for most
 * visitors, handwriting (fd-handwriting.c) for those who write their name
 * rather than spell it, English for foreign visitors, a digit pad for
 * phone and ID numbers, symbols for e-mail-like text.
 *
 * A field says what it takes through its input purpose (phone, digits,
 * e-mail, name): the keyboard opens on the matching page.  Nothing typed
 * outlives the visitor: fd_keyboard_forget() on every idle reset.
 */

struct _FdKeyboardClass
{
  GtkWidgetClass parent_class;
};

G_DEFINE_FINAL_TYPE (FdKeyboard, fd_keyboard, GTK_TYPE_WIDGET)

enum {
  SIGNAL_HIDE,
  SIGNAL_NEXT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
candidate_clicked_cb (GtkButton  *button,
                      FdKeyboard *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fd-index"));
  g_autofree char *text = NULL;

  if (self->mode == FD_KEYBOARD_HANDWRITING)
    {
      if (self->written == NULL || index >= self->written->len)
        return;
      text = g_strdup (self->written->pdata[index]);
      fd_keyboard_pad_clear (self);
    }
  else if (self->pinyin != NULL)
    text = fd_pinyin_choose (self->pinyin, index);
  if (text != NULL)
    fd_keyboard_type_text (self, text);
  fd_keyboard_show_candidates (self);
}

static void
add_candidate (FdKeyboard *self,
               const char *text,
               guint       index)
{
  GtkWidget *button = gtk_button_new_with_label (text);
  g_autofree char *name = g_strdup_printf ("candidate-%u", index);

  gtk_widget_set_name (button, name);
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "keyboard-candidate");
  g_object_set_data (G_OBJECT (button), "fd-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (candidate_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->candidates), button);
}

/* The candidate bar: what is being composed and its candidates, or the
 * written character's; empty otherwise. */
void
fd_keyboard_show_candidates (FdKeyboard *self)
{
  GtkWidget *child;
  const char *input = "";
  gboolean paged = FALSE;

  while ((child = gtk_widget_get_first_child (self->candidates)) != NULL)
    gtk_box_remove (GTK_BOX (self->candidates), child);
  if (self->mode == FD_KEYBOARD_HANDWRITING)
    {
      for (guint i = 0; self->written != NULL && i < self->written->len; i++)
        add_candidate (self, self->written->pdata[i], i);
      if (self->hand == NULL)
        input = fd_tr (self->lang, N_("Handwriting is not installed on this kiosk."));
    }
  else if (self->mode == FD_KEYBOARD_PINYIN && self->pinyin != NULL)
    {
      GPtrArray *candidates = fd_pinyin_get_candidates (self->pinyin);

      input = fd_pinyin_get_input (self->pinyin);
      for (guint i = 0; i < candidates->len; i++)
        if (*(const char *) candidates->pdata[i] != '\0')
          add_candidate (self, candidates->pdata[i], i);
      paged = !fd_pinyin_is_empty (self->pinyin);
    }
  else if (self->mode == FD_KEYBOARD_PINYIN)
    input = fd_tr (self->lang, N_("Pinyin is getting ready; letters type as they are."));
  gtk_label_set_text (GTK_LABEL (self->input_label), input);
  gtk_widget_set_visible (self->previous, paged);
  gtk_widget_set_visible (self->next, paged);
  gtk_widget_set_sensitive (self->previous, paged && fd_pinyin_has_more (self->pinyin, FALSE));
  gtk_widget_set_sensitive (self->next, paged && fd_pinyin_has_more (self->pinyin, TRUE));
}

/* Types @text into the target at its cursor, replacing a selection. */
void
fd_keyboard_type_text (FdKeyboard *self,
                       const char *text)
{
  int position;

  if (self->target == NULL)
    return;
  gtk_editable_delete_selection (self->target);
  position = gtk_editable_get_position (self->target);
  gtk_editable_insert_text (self->target, text, -1, &position);
  gtk_editable_set_position (self->target, position);
}

static void
delete_back (FdKeyboard *self)
{
  int start, end;

  if (self->target == NULL)
    return;
  if (gtk_editable_get_selection_bounds (self->target, &start, &end))
    {
      gtk_editable_delete_selection (self->target);
      return;
    }
  end = gtk_editable_get_position (self->target);
  if (end > 0)
    gtk_editable_delete_text (self->target, end - 1, end);
}

/* The letters composed so far go into the field as they are. */
static void
flush_pinyin (FdKeyboard *self)
{
  if (self->pinyin != NULL && !fd_pinyin_is_empty (self->pinyin))
    {
      g_autofree char *raw = fd_pinyin_commit_input (self->pinyin);

      fd_keyboard_type_text (self, raw);
    }
}

static void
show_page (FdKeyboard *self)
{
  const char *page = "letters";

  switch (self->mode)
    {
    case FD_KEYBOARD_PHONE:
    case FD_KEYBOARD_ID_NUMBER:
      page = "digits";
      break;
    case FD_KEYBOARD_SYMBOLS:
      page = "symbols";
      break;
    case FD_KEYBOARD_HANDWRITING:
      page = "handwriting";
      break;
    case FD_KEYBOARD_PINYIN:
    case FD_KEYBOARD_ENGLISH:
    default:
      break;
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->pages), page);
  fd_keyboard_update_keys (self);
  fd_keyboard_show_candidates (self);
}

void
fd_keyboard_set_mode (FdKeyboard     *self,
                      FdKeyboardMode  mode)
{
  g_return_if_fail (FD_IS_KEYBOARD (self));

  if (mode != FD_KEYBOARD_PINYIN)
    flush_pinyin (self);
  if (mode != FD_KEYBOARD_HANDWRITING)
    fd_keyboard_pad_clear (self);
  self->mode = mode;
  if (mode == FD_KEYBOARD_PINYIN || mode == FD_KEYBOARD_ENGLISH)
    self->text_mode = mode;
  self->shift = FALSE;
  show_page (self);
}

FdKeyboardMode
fd_keyboard_get_mode (FdKeyboard *self)
{
  return self->mode;
}

static void
type_letter (FdKeyboard *self,
             const char *key)
{
  if (self->mode == FD_KEYBOARD_PINYIN && self->pinyin != NULL && !self->shift)
    {
      fd_pinyin_type (self->pinyin, key[0]);
      fd_keyboard_show_candidates (self);
      return;
    }
  if (self->shift)
    {
      char upper[2] = { g_ascii_toupper (key[0]), '\0' };

      flush_pinyin (self);
      fd_keyboard_type_text (self, upper);
      self->shift = FALSE;
      fd_keyboard_update_keys (self);
      return;
    }
  fd_keyboard_type_text (self, key);
}

static gboolean
composing (FdKeyboard *self)
{
  return self->mode == FD_KEYBOARD_PINYIN && self->pinyin != NULL && !fd_pinyin_is_empty (self->pinyin);
}

/* A key was tapped (fd-keyboard-keys.c). */
void
fd_keyboard_key_pressed (FdKeyboard *self,
                         const char *key)
{
  if (self->sound)
    gdk_display_beep (gtk_widget_get_display (GTK_WIDGET (self)));
  if (key[0] != '!')
    {
      if (g_ascii_isalpha (key[0]) && key[1] == '\0')
        type_letter (self, key);
      else
        {
          flush_pinyin (self);
          fd_keyboard_type_text (self, key);
        }
    }
  else if (g_str_equal (key, "!backspace"))
    {
      if (composing (self))
        fd_pinyin_backspace (self->pinyin);
      else if (self->mode == FD_KEYBOARD_HANDWRITING && self->n_strokes > 0)
        fd_keyboard_pad_clear (self);
      else
        delete_back (self);
      fd_keyboard_show_candidates (self);
    }
  else if (g_str_equal (key, "!space"))
    {
      /* As in every pinyin input method: space takes the first. */
      if (composing (self))
        {
          g_autofree char *text = fd_pinyin_choose (self->pinyin, 0);

          if (text != NULL)
            fd_keyboard_type_text (self, text);
          fd_keyboard_show_candidates (self);
        }
      else
        fd_keyboard_type_text (self, " ");
    }
  else if (g_str_equal (key, "!special"))
    fd_keyboard_type_text (self, self->mode == FD_KEYBOARD_ID_NUMBER ? "X" : "+");
  else if (g_str_equal (key, "!shift"))
    {
      self->shift = !self->shift;
      fd_keyboard_update_keys (self);
    }
  else if (g_str_equal (key, "!language"))
    fd_keyboard_set_mode (self, self->text_mode == FD_KEYBOARD_PINYIN ? FD_KEYBOARD_ENGLISH : FD_KEYBOARD_PINYIN);
  else if (g_str_equal (key, "!letters"))
    fd_keyboard_set_mode (self, self->text_mode);
  else if (g_str_equal (key, "!digits"))
    fd_keyboard_set_mode (self, FD_KEYBOARD_PHONE);
  else if (g_str_equal (key, "!symbols"))
    fd_keyboard_set_mode (self, FD_KEYBOARD_SYMBOLS);
  else if (g_str_equal (key, "!handwriting"))
    fd_keyboard_set_mode (self, FD_KEYBOARD_HANDWRITING);
  else if (g_str_equal (key, "!clear"))
    {
      fd_keyboard_pad_clear (self);
      fd_keyboard_show_candidates (self);
    }
  else if (g_str_equal (key, "!next"))
    {
      flush_pinyin (self);
      fd_keyboard_show_candidates (self);
      g_signal_emit (self, signals[SIGNAL_NEXT], 0);
    }
  else if (g_str_equal (key, "!hide"))
    {
      flush_pinyin (self);
      g_signal_emit (self, signals[SIGNAL_HIDE], 0);
    }
}

static void
page_cb (GtkButton  *button,
         FdKeyboard *self)
{
  if (self->pinyin != NULL)
    fd_pinyin_page (self->pinyin, GTK_WIDGET (button) == self->next);
  fd_keyboard_show_candidates (self);
}

static void
hide_cb (GtkButton  *button,
         FdKeyboard *self)
{
  fd_keyboard_key_pressed (self, "!hide");
}

static GtkWidget *
bar_button (FdKeyboard *self,
            const char *label,
            const char *name,
            GCallback   callback)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "keyboard-key");
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
fd_keyboard_init (FdKeyboard *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *hide;

  self->keys = g_ptr_array_new ();
  self->points = g_array_new (FALSE, FALSE, sizeof (FdPadPoint));
  self->cancellable = g_cancellable_new ();
  self->mode = self->text_mode = FD_KEYBOARD_PINYIN;
  self->lang = FD_LANG_ZH;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "keyboard");

  self->bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->bar, "keyboard-bar");
  self->input_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->input_label, "keyboard-input");
  gtk_widget_add_css_class (self->input_label, "keyboard-input");
  gtk_label_set_ellipsize (GTK_LABEL (self->input_label), PANGO_ELLIPSIZE_START);
  gtk_label_set_max_width_chars (GTK_LABEL (self->input_label), 16);
  self->candidates = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_name (self->candidates, "keyboard-candidates");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->candidates);
  gtk_widget_set_hexpand (scroller, TRUE);
  self->previous = bar_button (self, "‹", "candidates-previous", G_CALLBACK (page_cb));
  self->next = bar_button (self, "›", "candidates-next", G_CALLBACK (page_cb));
  hide = bar_button (self, "⌄", "key-hide", G_CALLBACK (hide_cb));
  g_object_set_data (G_OBJECT (hide), "fd-key", (gpointer) "!hide");
  g_object_set_data (G_OBJECT (hide), "fd-key-label", (gpointer) "⌄");
  g_object_set_data (G_OBJECT (hide), "fd-key-name", (gpointer) N_("Hide the keyboard"));
  g_ptr_array_add (self->keys, hide);
  g_object_set_data (G_OBJECT (self->previous), "fd-key", (gpointer) "!previous");
  g_object_set_data (G_OBJECT (self->previous), "fd-key-label", (gpointer) "‹");
  g_object_set_data (G_OBJECT (self->previous), "fd-key-name", (gpointer) N_("Earlier candidates"));
  g_ptr_array_add (self->keys, self->previous);
  g_object_set_data (G_OBJECT (self->next), "fd-key", (gpointer) "!more");
  g_object_set_data (G_OBJECT (self->next), "fd-key-label", (gpointer) "›");
  g_object_set_data (G_OBJECT (self->next), "fd-key-name", (gpointer) N_("More candidates"));
  g_ptr_array_add (self->keys, self->next);
  gtk_box_append (GTK_BOX (self->bar), self->input_label);
  gtk_box_append (GTK_BOX (self->bar), scroller);
  gtk_box_append (GTK_BOX (self->bar), self->previous);
  gtk_box_append (GTK_BOX (self->bar), self->next);
  gtk_box_append (GTK_BOX (self->bar), hide);
  gtk_box_append (GTK_BOX (self->box), self->bar);

  self->pages = gtk_stack_new ();
  gtk_box_append (GTK_BOX (self->box), self->pages);
  fd_keyboard_build_keys (self);
  show_page (self);
}

static void
fd_keyboard_dispose (GObject *object)
{
  FdKeyboard *self = FD_KEYBOARD (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_weak_pointer (&self->target);
  G_OBJECT_CLASS (fd_keyboard_parent_class)->dispose (object);
}

static void
fd_keyboard_finalize (GObject *object)
{
  FdKeyboard *self = FD_KEYBOARD (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pinyin, fd_pinyin_free);
  g_clear_pointer (&self->hand, fd_handwriting_free);
  g_clear_pointer (&self->written, g_ptr_array_unref);
  g_array_unref (self->points);
  g_ptr_array_unref (self->keys);
  G_OBJECT_CLASS (fd_keyboard_parent_class)->finalize (object);
}

static void
fd_keyboard_class_init (FdKeyboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_keyboard_dispose;
  object_class->finalize = fd_keyboard_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "keyboard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * FdKeyboard::hide:
   *
   * The visitor tapped the hide key.
   */
  signals[SIGNAL_HIDE] = g_signal_new ("hide-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * FdKeyboard::next:
   *
   * The visitor tapped Next: the next field takes the focus.
   */
  signals[SIGNAL_NEXT] = g_signal_new ("next", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
}

GtkWidget *
fd_keyboard_new (void)
{
  return g_object_new (FD_TYPE_KEYBOARD, NULL);
}

void
fd_keyboard_set_lang (FdKeyboard *self,
                      FdLang      lang)
{
  g_return_if_fail (FD_IS_KEYBOARD (self));

  self->lang = lang;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fd_tr (lang, N_("On-screen keyboard")), -1);
  /* Letters in the visitor's language: pinyin for Chinese, English for
   * English; the language key switches. */
  self->text_mode = lang == FD_LANG_EN ? FD_KEYBOARD_ENGLISH : FD_KEYBOARD_PINYIN;
  if (self->mode == FD_KEYBOARD_PINYIN || self->mode == FD_KEYBOARD_ENGLISH)
    fd_keyboard_set_mode (self, self->text_mode);
  else
    show_page (self);
}

void
fd_keyboard_set_sound (FdKeyboard *self,
                       gboolean    sound)
{
  self->sound = sound;
}

/* The page a field's input purpose asks for. */
static FdKeyboardMode
mode_for (FdKeyboard  *self,
          GtkEditable *target)
{
  GtkInputPurpose purpose = GTK_INPUT_PURPOSE_FREE_FORM;

  if (GTK_IS_ENTRY (target))
    purpose = gtk_entry_get_input_purpose (GTK_ENTRY (target));
  else if (GTK_IS_TEXT (target))
    purpose = gtk_text_get_input_purpose (GTK_TEXT (target));
  switch (purpose)
    {
    case GTK_INPUT_PURPOSE_PHONE:
      return FD_KEYBOARD_PHONE;
    case GTK_INPUT_PURPOSE_DIGITS:
    case GTK_INPUT_PURPOSE_NUMBER:
    case GTK_INPUT_PURPOSE_PIN:
      return FD_KEYBOARD_ID_NUMBER;
    case GTK_INPUT_PURPOSE_EMAIL:
    case GTK_INPUT_PURPOSE_URL:
      return FD_KEYBOARD_ENGLISH;
    default:
      return self->mode == FD_KEYBOARD_HANDWRITING || self->mode == FD_KEYBOARD_SYMBOLS
             ? self->mode : self->text_mode;
    }
}

/**
 * fd_keyboard_set_target:
 * @target: (nullable): the field the keys type into
 *
 * What is composed for the field before goes into it as typed; the page
 * follows the new field's input purpose.
 */
void
fd_keyboard_set_target (FdKeyboard  *self,
                        GtkEditable *target)
{
  g_return_if_fail (FD_IS_KEYBOARD (self));

  if (target == self->target)
    return;
  flush_pinyin (self);
  fd_keyboard_pad_clear (self);
  g_set_weak_pointer (&self->target, target);
  if (target != NULL)
    fd_keyboard_set_mode (self, mode_for (self, target));
  else
    fd_keyboard_show_candidates (self);
}

GtkEditable *
fd_keyboard_get_target (FdKeyboard *self)
{
  return self->target;
}
