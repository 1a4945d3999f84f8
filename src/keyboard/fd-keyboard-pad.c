/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-keyboard-private.h"

/*
 * The handwriting pad: a character written with a finger, stroke by
 * stroke; after each stroke the likeliest characters show in the
 * candidate bar, and tapping one types it and clears the pad.
 */

#define N_CANDIDATES 10

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  FdKeyboard *self = user_data;

  /* A light cross helps to size the character. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, width / 2.0, 0);
  cairo_line_to (cr, width / 2.0, height);
  cairo_move_to (cr, 0, height / 2.0);
  cairo_line_to (cr, width, height / 2.0);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 8);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->points->len; i++)
    {
      FdPadPoint *point = &g_array_index (self->points, FdPadPoint, i);

      if (i == 0 || g_array_index (self->points, FdPadPoint, i - 1).stroke != point->stroke)
        cairo_move_to (cr, point->x, point->y);
      else
        cairo_line_to (cr, point->x, point->y);
    }
  cairo_stroke (cr);
}

static void
add_point (FdKeyboard *self,
           double      x,
           double      y)
{
  FdPadPoint point = { self->n_strokes, x, y };

  g_array_append_val (self->points, point);
  gtk_widget_queue_draw (self->pad);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               FdKeyboard     *self)
{
  add_point (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                FdKeyboard     *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  add_point (self, x + dx, y + dy);
}

/* A stroke ends: the candidates for the character so far. */
static void
finish_stroke (FdKeyboard *self)
{
  self->n_strokes++;
  g_clear_pointer (&self->written, g_ptr_array_unref);
  if (self->hand != NULL)
    {
      /* The character, not the pad: its strokes in a square around
       * them, wherever and however wide the pad is. */
      double left = G_MAXDOUBLE, top = G_MAXDOUBLE, right = -G_MAXDOUBLE, bottom = -G_MAXDOUBLE;
      double side, x0, y0;

      for (guint i = 0; i < self->points->len; i++)
        {
          FdPadPoint *point = &g_array_index (self->points, FdPadPoint, i);

          left = MIN (left, point->x);
          right = MAX (right, point->x);
          top = MIN (top, point->y);
          bottom = MAX (bottom, point->y);
        }
      side = MAX (MAX (right - left, bottom - top), 20) * 1.2;
      x0 = (left + right - side) / 2;
      y0 = (top + bottom - side) / 2;
      fd_handwriting_begin (self->hand, (guint) side, (guint) side);
      for (guint i = 0; i < self->points->len; i++)
        {
          FdPadPoint *point = &g_array_index (self->points, FdPadPoint, i);

          fd_handwriting_add (self->hand, point->stroke, point->x - x0, point->y - y0);
        }
      self->written = fd_handwriting_recognize (self->hand, N_CANDIDATES);
    }
  fd_keyboard_show_candidates (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             FdKeyboard     *self)
{
  drag_update_cb (gesture, dx, dy, self);  /* where the finger left */
  finish_stroke (self);
}

/**
 * fd_keyboard_write:
 * @xy: (array length=n_points): x, y, x, y… in the pad's coordinates
 *
 * A whole stroke on the handwriting pad, as a finger draws it: the
 * candidates follow.
 */
void
fd_keyboard_write (FdKeyboard   *self,
                   const double *xy,
                   guint         n_points)
{
  g_return_if_fail (FD_IS_KEYBOARD (self));

  for (guint i = 0; i < n_points; i++)
    add_point (self, xy[2 * i], xy[2 * i + 1]);
  finish_stroke (self);
}

GtkWidget *
fd_keyboard_pad_new (FdKeyboard *self)
{
  GtkWidget *pad = gtk_drawing_area_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_widget_set_name (pad, "handwriting-pad");
  gtk_widget_set_hexpand (pad, TRUE);
  gtk_widget_set_vexpand (pad, TRUE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (pad), 240);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (pad), draw_cb, self, NULL);
  gtk_widget_add_css_class (pad, "keyboard-pad");
  gtk_accessible_update_property (GTK_ACCESSIBLE (pad), GTK_ACCESSIBLE_PROPERTY_LABEL, "手写 / Handwriting", -1);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (drag), FALSE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (pad, GTK_EVENT_CONTROLLER (drag));
  return pad;
}

/* A new character: the strokes and their candidates go. */
void
fd_keyboard_pad_clear (FdKeyboard *self)
{
  g_array_set_size (self->points, 0);
  self->n_strokes = 0;
  g_clear_pointer (&self->written, g_ptr_array_unref);
  if (self->pad != NULL)
    gtk_widget_queue_draw (self->pad);
}
