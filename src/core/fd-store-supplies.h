/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_SUPPLY_MAX_QUANTITY 100000

/* An item of office supplies the front desk keeps (SUP-2's stock sheet). */
typedef struct {
  gint64  id;
  char   *site;
  char   *name;        /* 中性笔 */
  char   *unit;        /* 支, 本, 盒 */
  gint64  quantity;    /* in stock now */
  gint64  minimum;     /* SUP-3: below it, a purchase is requested */
  gint64  restock_to;  /* what a purchase brings the stock back to */
  gint64  counted_ms;  /* SUP-2: the last count; 0: never counted */
  gint64  requested;   /* in purchase requests not yet received */
  gint64  waiting;     /* FAQ-4: employees waiting for it */
} FdSupply;

typedef enum {
  FD_PURCHASE_OPEN,      /* filed with the administration department (SUP-3) */
  FD_PURCHASE_RECEIVED,  /* arrived; added to the stock */
} FdPurchaseState;

typedef struct {
  gint64           id;
  gint64           supply_id;
  char            *supply_name;
  char            *unit;
  gint64           quantity;
  char            *purpose;
  gint64           host_id;       /* the administration colleague it went to */
  char            *host_name;
  FdPurchaseState  state;
  gint64           requested_ms;
  char            *requested_by;
  gint64           received_ms;
} FdPurchase;

/* SUP-1: an employee signs for what they take. */
typedef struct {
  gint64      supply_id;
  gint64      host_id;          /* the employee, from the directory */
  gint64      quantity;
  gboolean    quality_checked;  /* the pen writes, the notebook is undamaged */
  const char *signature;        /* strokes, as fd_parcel_signature_is_valid() */
} FdSupplyIssue;

void        fd_supply_free            (FdSupply        *supply);
FdSupply   *fd_supply_copy            (const FdSupply  *supply) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_supply_is_low          (const FdSupply  *supply);
gint64      fd_supply_to_buy          (const FdSupply  *supply);
gboolean    fd_supply_counted_today   (const FdSupply  *supply,
                                       gint64           now_ms);
void        fd_purchase_free          (FdPurchase      *purchase);
FdPurchase *fd_purchase_copy          (const FdPurchase *purchase) G_GNUC_WARN_UNUSED_RESULT;

gint64      fd_store_add_supply       (FdStore          *self,
                                       const FdSession  *session,
                                       const char       *name,
                                       const char       *unit,
                                       gint64            quantity,
                                       gint64            minimum,
                                       gint64            restock_to,
                                       GError          **error);
GPtrArray  *fd_store_list_supplies    (FdStore          *self,
                                       const FdSession  *session,
                                       GError          **error);
gboolean    fd_store_issue_supply     (FdStore              *self,
                                       const FdSession      *session,
                                       const FdSupplyIssue  *issue,
                                       GError              **error);
gboolean    fd_store_count_supply     (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            supply_id,
                                       gint64            counted,
                                       GError          **error);
gint64      fd_store_request_purchase (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            supply_id,
                                       gint64            quantity,
                                       const char       *purpose,
                                       gint64            host_id,
                                       GError          **error);
GPtrArray  *fd_store_list_purchases   (FdStore          *self,
                                       const FdSession  *session,
                                       GError          **error);
gboolean    fd_store_receive_purchase (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            purchase_id,
                                       guint            *n_told,
                                       GError          **error);
gboolean    fd_store_seed_demo_supplies (FdStore        *self,
                                       GError          **error);
gboolean    fd_store_wait_for_supply  (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            supply_id,
                                       gint64            host_id,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSupply, fd_supply_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdPurchase, fd_purchase_free)

G_END_DECLS
