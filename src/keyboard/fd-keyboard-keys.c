/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-keyboard-private.h"

#include <string.h>

/*
 * The keyboard's keys, page by page: letters (pinyin or English), a digit
 * pad (a phone number, or an ID number with X), symbols for e-mail-like
 * text, and the handwriting pad.  A key is a button that never takes the
 * focus, so the field being typed into keeps it; it is named "key-<what
 * it does>" and has an accessible name in the visitor's language.  Every
 * key is at least 56 px each way (style.css).
 */

/* A key: what it types or does, and what it shows when that is not
 * simply its text.  Special keys' actions start with '!'. */
typedef struct {
  const char *key;
  const char *label;   /* NULL: the key itself */
  const char *name;    /* the accessible name, an N_() msgid; NULL: the label */
  guint       width;   /* in key widths; 0 for 1 */
} Key;

#define ROW_END { NULL, NULL, NULL, 0 }

static const Key letters[][12] = {
  { { "q" }, { "w" }, { "e" }, { "r" }, { "t" }, { "y" }, { "u" }, { "i" }, { "o" }, { "p" }, ROW_END },
  { { "a" }, { "s" }, { "d" }, { "f" }, { "g" }, { "h" }, { "j" }, { "k" }, { "l" }, ROW_END },
  { { "!shift", "⇧", N_("Capital letters") }, { "z" }, { "x" }, { "c" }, { "v" }, { "b" }, { "n" }, { "m" },
    { "!backspace", "⌫", N_("Delete"), 2 }, ROW_END },
  { { "!digits", "123", N_("Digits") }, { "!language", NULL, NULL }, { "!handwriting", NULL, N_("Handwriting") },
    { "!space", NULL, N_("Space"), 4 }, { "!symbols", "@#", N_("Symbols") }, { "!next", NULL, N_("Next field"), 2 },
    ROW_END },
};

/* The hide key is in the candidate bar, over every page. */
static const Key digits[][8] = {
  { { "1" }, { "2" }, { "3" }, { "!backspace", "⌫", N_("Delete") }, ROW_END },
  { { "4" }, { "5" }, { "6" }, { "!space", "␣", N_("Space") }, ROW_END },
  { { "7" }, { "8" }, { "9" }, { "-" }, ROW_END },
  { { "!special", "+", NULL }, { "0" }, { "!letters", "ABC", N_("Letters") }, { "!next", NULL, N_("Next field") },
    ROW_END },
};

static const Key symbols[][12] = {
  { { "@" }, { "." }, { "_" }, { "-" }, { "+" }, { "/" }, { ":" }, { "(" }, { ")" }, { "#" }, ROW_END },
  { { "&" }, { "'" }, { "," }, { "!" }, { "?" }, { "*" }, { "=" }, { "%" }, { "!backspace", "⌫", N_("Delete"), 2 },
    ROW_END },
  { { "!letters", "ABC", N_("Letters") }, { "!digits", "123", N_("Digits") }, { "!space", NULL, N_("Space"), 5 },
    { ".com" }, { "!next", NULL, N_("Next field"), 2 }, ROW_END },
};

static const Key writing[][8] = {
  { { "!clear", NULL, N_("Write again") }, ROW_END },
  { { "!backspace", "⌫", N_("Delete") }, ROW_END },
  { { "!letters", NULL, N_("Pinyin") }, ROW_END },
  { { "!next", NULL, N_("Next field") }, ROW_END },
};

static void
clicked_cb (GtkButton  *button,
            FdKeyboard *self)
{
  fd_keyboard_key_pressed (self, g_object_get_data (G_OBJECT (button), "fd-key"));
}

static GtkWidget *
key_button (FdKeyboard *self,
            const Key  *key)
{
  GtkWidget *button = gtk_button_new_with_label (key->label != NULL ? key->label : key->key);
  g_autofree char *name = g_strdup_printf ("key-%s", key->key[0] == '!' ? key->key + 1 : key->key);

  gtk_widget_set_name (button, name);
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_add_css_class (button, "keyboard-key");
  if (key->key[0] == '!')
    gtk_widget_add_css_class (button, "keyboard-special");
  g_object_set_data (G_OBJECT (button), "fd-key", (gpointer) key->key);
  g_object_set_data (G_OBJECT (button), "fd-key-label", (gpointer) key->label);
  g_object_set_data (G_OBJECT (button), "fd-key-name", (gpointer) key->name);
  g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), self);
  g_ptr_array_add (self->keys, button);
  return button;
}

/* Rows of keys in a grid: a key of width 2 spans two columns. */
static GtkWidget *
key_rows (FdKeyboard *self,
          const Key  *rows,
          guint       n_rows,
          guint       row_length)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 2);  /* ten keys across fit 720 px */
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  for (guint r = 0; r < n_rows; r++)
    {
      const Key *row = rows + r * row_length;
      guint column = 0;

      /* The shorter middle row of letters sits half a key in. */
      if (rows == &letters[0][0] && r == 1)
        column = 1;
      for (guint k = 0; row[k].key != NULL; k++)
        {
          guint width = row[k].width > 0 ? row[k].width : 1;
          GtkWidget *button = key_button (self, &row[k]);

          if (g_str_equal (row[k].key, "!special"))
            self->digit_special = button;
          /* Letter keys take two grid columns, so a row can be offset
           * by half a key. */
          gtk_grid_attach (GTK_GRID (grid), button, (int) column, (int) r, (int) (2 * width), 1);
          column += 2 * width;
        }
    }
  return grid;
}

void
fd_keyboard_build_keys (FdKeyboard *self)
{
  GtkWidget *hand = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *side;

  gtk_stack_add_named (GTK_STACK (self->pages), key_rows (self, &letters[0][0], G_N_ELEMENTS (letters), 12), "letters");
  gtk_stack_add_named (GTK_STACK (self->pages), key_rows (self, &digits[0][0], G_N_ELEMENTS (digits), 8), "digits");
  gtk_stack_add_named (GTK_STACK (self->pages), key_rows (self, &symbols[0][0], G_N_ELEMENTS (symbols), 12), "symbols");
  self->pad = fd_keyboard_pad_new (self);
  side = key_rows (self, &writing[0][0], G_N_ELEMENTS (writing), 8);

  /* The pad takes the width; its keys a column beside it. */
  gtk_widget_set_hexpand (side, FALSE);
  gtk_widget_set_size_request (side, 220, -1);
  gtk_box_append (GTK_BOX (hand), self->pad);
  gtk_box_append (GTK_BOX (hand), side);
  gtk_stack_add_named (GTK_STACK (self->pages), hand, "handwriting");
}

/* What a special key shows and is called now: language, shift. */
static const char *
key_label (FdKeyboard *self,
           const char *key,
           const char *label)
{
  if (g_str_equal (key, "!language"))
    return self->text_mode == FD_KEYBOARD_PINYIN ? "中 / EN" : "EN / 中";
  if (g_str_equal (key, "!handwriting"))
    return fd_tr (self->lang, N_("Write"));
  if (g_str_equal (key, "!space"))
    return fd_tr (self->lang, N_("Space"));
  if (g_str_equal (key, "!next"))
    return fd_tr (self->lang, N_("Next"));
  if (g_str_equal (key, "!clear"))
    return fd_tr (self->lang, N_("Write again"));
  if (g_str_equal (key, "!letters") && label == NULL)
    return fd_tr (self->lang, N_("Pinyin"));
  if (g_str_equal (key, "!special"))
    return self->mode == FD_KEYBOARD_ID_NUMBER ? "X" : "+";
  return label;
}

void
fd_keyboard_update_keys (FdKeyboard *self)
{
  for (guint i = 0; i < self->keys->len; i++)
    {
      GtkWidget *button = self->keys->pdata[i];
      const char *key = g_object_get_data (G_OBJECT (button), "fd-key");
      const char *label = key_label (self, key, g_object_get_data (G_OBJECT (button), "fd-key-label"));
      const char *name = g_object_get_data (G_OBJECT (button), "fd-key-name");

      if (key[0] != '!' && g_ascii_isalpha (key[0]) && key[1] == '\0')
        {
          char upper[2] = { g_ascii_toupper (key[0]), '\0' };

          gtk_button_set_label (GTK_BUTTON (button), self->shift ? upper : key);
          continue;
        }
      if (label != NULL)
        gtk_button_set_label (GTK_BUTTON (button), label);
      if (g_str_equal (key, "!language"))
        name = self->text_mode == FD_KEYBOARD_PINYIN ? N_("Pinyin; tap for English") : N_("English; tap for pinyin");
      if (g_str_equal (key, "!shift"))
        gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED,
                                     self->shift ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name != NULL ? fd_tr (self->lang, name)
                                                   : gtk_button_get_label (GTK_BUTTON (button)), -1);
    }
}
