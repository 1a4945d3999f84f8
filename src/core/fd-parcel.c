/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-parcels.h"

#include <string.h>

/*
 * A parcel at the front desk as the store gives it (fd-store-parcels.c),
 * and the rules about it that need no database: how long it has waited,
 * when it goes back to the carrier, what a signature is.
 */

#define MAX_SIGNATURE 20000   /* characters of stroke text */

void
fd_parcel_free (FdParcel *parcel)
{
  if (parcel == NULL)
    return;
  g_free (parcel->tracking);
  g_free (parcel->carrier);
  g_free (parcel->recipient_name);
  g_free (parcel->recipient_department);
  g_free (parcel->site);
  g_free (parcel->received_by);
  g_free (parcel->damage);
  g_free (parcel->collected_by);
  g_free (parcel->handed_over_by);
  g_free (parcel);
}

FdParcel *
fd_parcel_copy (const FdParcel *parcel)
{
  FdParcel *copy = g_memdup2 (parcel, sizeof *parcel);

  copy->tracking = g_strdup (parcel->tracking);
  copy->carrier = g_strdup (parcel->carrier);
  copy->recipient_name = g_strdup (parcel->recipient_name);
  copy->recipient_department = g_strdup (parcel->recipient_department);
  copy->site = g_strdup (parcel->site);
  copy->received_by = g_strdup (parcel->received_by);
  copy->damage = g_strdup (parcel->damage);
  copy->collected_by = g_strdup (parcel->collected_by);
  copy->handed_over_by = g_strdup (parcel->handed_over_by);
  return copy;
}

/* Whole days since the parcel came: 0 on its first day. */
int
fd_parcel_days_waiting (const FdParcel *parcel,
                        gint64          now_ms)
{
  return now_ms > parcel->received_ms ? (int) ((now_ms - parcel->received_ms) / FD_DAY_MS) : 0;
}

/* PKG-5: unclaimed for 7 days, it goes back to the carrier. */
gboolean
fd_parcel_is_due_back (const FdParcel *parcel,
                       gint64          now_ms)
{
  return parcel->state == FD_PARCEL_WAITING && fd_parcel_days_waiting (parcel, now_ms) >= FD_PARCEL_RETURN_DAYS;
}

void
fd_parcel_in_clear (FdParcelIn *in)
{
  g_clear_pointer (&in->tracking, g_free);
  g_clear_pointer (&in->carrier, g_free);
  g_clear_pointer (&in->damage, g_free);
  g_clear_pointer (&in->photo, g_bytes_unref);
}

/* A signature as the signature pad writes it: strokes separated by ";",
 * each of points "x,y" separated by spaces, 0 <= x, y <= 1000.  At least
 * one stroke of two points: a tap is not a signature. */
gboolean
fd_parcel_signature_is_valid (const char *signature)
{
  g_auto(GStrv) strokes = NULL;
  guint longest = 0;

  if (signature == NULL || strlen (signature) > MAX_SIGNATURE ||
      strspn (signature, "0123456789, ;") != strlen (signature))
    return FALSE;
  strokes = g_strsplit (signature, ";", -1);
  for (guint i = 0; strokes[i] != NULL; i++)
    {
      g_auto(GStrv) points = g_strsplit (strokes[i], " ", -1);
      guint n = 0;

      for (guint k = 0; points[k] != NULL; k++)
        {
          char *end = NULL;
          guint64 x = g_ascii_strtoull (points[k], &end, 10);
          guint64 y;

          if (end == points[k] || *end != ',')
            return FALSE;
          y = g_ascii_strtoull (end + 1, &end, 10);
          if (*end != '\0' || x > 1000 || y > 1000)
            return FALSE;
          n++;
        }
      longest = MAX (longest, n);
    }
  return longest >= 2;
}
