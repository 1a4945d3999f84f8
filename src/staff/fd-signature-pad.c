/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-signature-pad.h"

#include <stdio.h>

/*
 * Where a person signs with a finger, a pen or the mouse (PKG-4: who
 * collects a parcel signs for it).  The strokes are kept in the pad's own
 * units, 0 to 1000 across and down, so a signature drawn on a small
 * window shows the same on a large one; as text they are points "x,y"
 * separated by spaces, strokes by ";" (fd_parcel_signature_is_valid()).
 * Read-only, the pad shows a stored signature.
 */

#define UNITS    1000.0
#define MIN_STEP 4.0    /* units between two kept points of a stroke */

typedef struct {
  guint  stroke;
  double x, y;        /* units */
} Point;

struct _FdSignaturePad
{
  GtkWidget  parent_instance;

  GArray    *points;   /* Point */
  guint      n_strokes;
  gboolean   editable;
  GtkGesture *drag;
};

G_DEFINE_FINAL_TYPE (FdSignaturePad, fd_signature_pad, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
fd_signature_pad_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  FdSignaturePad *self = FD_SIGNATURE_PAD (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* The line to sign on. */
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, width * 0.05, height * 0.78);
  cairo_line_to (cr, width * 0.95, height * 0.78);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.05, 0.1, 0.35);
  cairo_set_line_width (cr, 3);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      double x = point->x * width / UNITS, y = point->y * height / UNITS;

      if (i == 0 || g_array_index (self->points, Point, i - 1).stroke != point->stroke)
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x, y);  /* a dot shows as one */
        }
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
}

/* Adds a point given in pixels; a point too near the last one of its
 * stroke is left out, so a signature stays short text. */
static void
add_point (FdSignaturePad *self,
           double          x,
           double          y,
           gboolean        first)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1);
  Point point = { self->n_strokes, CLAMP (x * UNITS / width, 0, UNITS), CLAMP (y * UNITS / height, 0, UNITS) };

  if (!first && self->points->len > 0)
    {
      Point *last = &g_array_index (self->points, Point, self->points->len - 1);

      if (last->stroke == point.stroke && (last->x - point.x) * (last->x - point.x) + (last->y - point.y) * (last->y - point.y) < MIN_STEP * MIN_STEP)
        return;
    }
  g_array_append_val (self->points, point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               FdSignaturePad *self)
{
  add_point (self, x, y, TRUE);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                FdSignaturePad *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  add_point (self, x + dx, y + dy, FALSE);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             FdSignaturePad *self)
{
  drag_update_cb (gesture, dx, dy, self);
  self->n_strokes++;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * fd_signature_pad_write:
 * @xy: (array length=n_points): x, y, x, y… in pixels of the pad
 *
 * A whole stroke, as a finger draws it.
 */
void
fd_signature_pad_write (FdSignaturePad *self,
                        const double   *xy,
                        guint           n_points)
{
  g_return_if_fail (FD_IS_SIGNATURE_PAD (self));

  for (guint i = 0; i < n_points; i++)
    add_point (self, xy[2 * i], xy[2 * i + 1], i == 0);
  self->n_strokes++;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Returns: (transfer full): the strokes as text; "" when nothing is drawn. */
char *
fd_signature_pad_get_text (FdSignaturePad *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (FD_IS_SIGNATURE_PAD (self), NULL);

  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);

      if (i > 0)
        g_string_append_c (text, g_array_index (self->points, Point, i - 1).stroke != point->stroke ? ';' : ' ');
      g_string_append_printf (text, "%d,%d", (int) (point->x + 0.5), (int) (point->y + 0.5));
    }
  return g_string_free (text, FALSE);
}

/* Shows the signature @text (as _get_text() gives it); what does not
 * parse is left out. */
void
fd_signature_pad_set_text (FdSignaturePad *self,
                           const char     *text)
{
  g_auto(GStrv) strokes = NULL;

  g_return_if_fail (FD_IS_SIGNATURE_PAD (self));

  g_array_set_size (self->points, 0);
  self->n_strokes = 0;
  strokes = g_strsplit (text != NULL ? text : "", ";", -1);
  for (guint i = 0; strokes[i] != NULL; i++)
    {
      g_auto(GStrv) points = g_strsplit (strokes[i], " ", -1);

      for (guint k = 0; points[k] != NULL; k++)
        {
          Point point = { self->n_strokes, 0, 0 };

          if (sscanf (points[k], "%lf,%lf", &point.x, &point.y) == 2)
            g_array_append_val (self->points, point);
        }
      self->n_strokes++;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
fd_signature_pad_is_empty (FdSignaturePad *self)
{
  g_return_val_if_fail (FD_IS_SIGNATURE_PAD (self), TRUE);
  return self->points->len == 0;
}

void
fd_signature_pad_clear (FdSignaturePad *self)
{
  g_return_if_fail (FD_IS_SIGNATURE_PAD (self));

  g_array_set_size (self->points, 0);
  self->n_strokes = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* A pad that shows a stored signature takes no strokes. */
void
fd_signature_pad_set_editable (FdSignaturePad *self,
                               gboolean        editable)
{
  g_return_if_fail (FD_IS_SIGNATURE_PAD (self));

  self->editable = editable;
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drag),
                                              editable ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
}

static void
fd_signature_pad_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* Room for a name written by hand: wider than tall. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 360 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 560 : 200;
}

static void
fd_signature_pad_finalize (GObject *object)
{
  g_array_unref (FD_SIGNATURE_PAD (object)->points);
  G_OBJECT_CLASS (fd_signature_pad_parent_class)->finalize (object);
}

static void
fd_signature_pad_class_init (FdSignaturePadClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_signature_pad_finalize;
  widget_class->snapshot = fd_signature_pad_snapshot;
  widget_class->measure = fd_signature_pad_measure;
  gtk_widget_class_set_css_name (widget_class, "signaturepad");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  /**
   * FdSignaturePad::changed:
   *
   * A stroke was drawn, or the pad cleared.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fd_signature_pad_init (FdSignaturePad *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  self->editable = TRUE;
  self->drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (self->drag), FALSE);
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
}

GtkWidget *
fd_signature_pad_new (void)
{
  return g_object_new (FD_TYPE_SIGNATURE_PAD, NULL);
}
