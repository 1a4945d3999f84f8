/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* PKG-5: a reminder after 3 days; after 7, back to the carrier. */
#define FD_PARCEL_REMIND_DAYS 3
#define FD_PARCEL_RETURN_DAYS 7
#define FD_DAY_MS             (24 * 3600 * (gint64) 1000)

typedef enum {
  FD_PARCEL_WAITING,    /* at the desk, the recipient told */
  FD_PARCEL_COLLECTED,  /* handed over, signed for (PKG-4) */
  FD_PARCEL_RETURNED,   /* unclaimed, given back to the carrier (PKG-5) */
} FdParcelState;

/* A parcel received at the front desk (fd-store-parcels.c). */
typedef struct {
  gint64         id;
  FdParcelState  state;
  char          *tracking;         /* the carrier's tracking number */
  char          *carrier;          /* 顺丰速运, EMS, … */
  gint64         recipient_id;     /* a host */
  char          *recipient_name;
  char          *recipient_department;
  char          *site;
  gint64         received_ms;
  char          *received_by;      /* the staff member who logged it */
  char          *damage;           /* PKG-2: what is wrong with the packaging; NULL: intact */
  gboolean       has_photo;        /* PKG-2: a photo of the damage is kept */
  gint64         reminded_ms;      /* PKG-5: the recipient reminded; 0: not yet */
  gint64         collected_ms;
  char          *collected_by;     /* who took it: the recipient or a colleague */
  char          *handed_over_by;   /* the staff member who checked their identity */
  gint64         returned_ms;
} FdParcel;

/* What the person at the desk logs on receiving a parcel (PKG-1, PKG-2). */
typedef struct {
  char   *tracking;
  char   *carrier;
  gint64  recipient_id;
  char   *damage;   /* NULL or "": the packaging is intact */
  GBytes *photo;    /* a JPEG or PNG of the damage; may be NULL */
} FdParcelIn;

typedef enum {
  FD_PARCELS_WAITING,   /* at the desk now, oldest first */
  FD_PARCELS_ENDED,     /* collected or returned in the last 7 days, newest first */
} FdParcelList;

void        fd_parcel_free             (FdParcel          *parcel);
FdParcel   *fd_parcel_copy             (const FdParcel    *parcel) G_GNUC_WARN_UNUSED_RESULT;
int         fd_parcel_days_waiting     (const FdParcel    *parcel,
                                        gint64             now_ms);
gboolean    fd_parcel_is_due_back      (const FdParcel    *parcel,
                                        gint64             now_ms);
void        fd_parcel_in_clear         (FdParcelIn        *in);
gboolean    fd_parcel_signature_is_valid (const char      *signature);

gint64      fd_store_receive_parcel    (FdStore           *self,
                                        const FdSession   *session,
                                        const FdParcelIn  *in,
                                        GError           **error);
GPtrArray  *fd_store_list_parcels      (FdStore           *self,
                                        const FdSession   *session,
                                        FdParcelList       which,
                                        GError           **error);
FdParcel   *fd_store_get_parcel        (FdStore           *self,
                                        const FdSession   *session,
                                        gint64             id,
                                        GError           **error);
GBytes     *fd_store_get_parcel_photo  (FdStore           *self,
                                        const FdSession   *session,
                                        gint64             id,
                                        GError           **error);
gboolean    fd_store_hand_over_parcel  (FdStore           *self,
                                        const FdSession   *session,
                                        gint64             id,
                                        const char        *collected_by,
                                        gboolean           identity_checked,
                                        const char        *signature,
                                        GError           **error);
char       *fd_store_get_parcel_signature (FdStore        *self,
                                        const FdSession   *session,
                                        gint64             id,
                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_store_return_parcel     (FdStore           *self,
                                        const FdSession   *session,
                                        gint64             id,
                                        GError           **error);
gboolean    fd_store_remind_parcels    (FdStore           *self,
                                        guint             *reminded,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdParcel, fd_parcel_free)

G_END_DECLS
