/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-supplies.h"

#include "fd-error.h"
#include "fd-store-parcels.h"
#include "fd-store-private.h"
#include "fd-store-sites.h"
#include "fd-validate.h"

/*
 * Office supplies (SUP-1 to SUP-3, FAQ-4): the stock sheet of each site —
 * every item's quantity, minimum and the quantity to buy; what an
 * employee takes, checked and signed for; the daily count; purchase
 * requests sent to a colleague in the administration department, and
 * their arrival, which tells the employees who were waiting for the item.
 * Every change is audited and keeps the quantity before it (supply_moves).
 */

#define MAX_NAME    40
#define MAX_UNIT    8
#define MAX_PURPOSE 200

/* The colleague the last purchase request went to: the next one's default. */
#define PURCHASE_HOST_SETTING "supplies_purchase_host"

#define SUPPLY_COLUMNS \
  "s.id, s.site, s.name, s.unit, s.quantity, s.minimum, s.restock_to, COALESCE(s.counted_ms, 0), " \
  "(SELECT COALESCE(SUM(r.quantity), 0) FROM purchase_requests r WHERE r.supply_id = s.id AND r.state = 'open'), " \
  "(SELECT COUNT(*) FROM supply_waits w WHERE w.supply_id = s.id)"

#define PURCHASE_COLUMNS \
  "r.id, r.supply_id, s.name, s.unit, r.quantity, r.purpose, r.host_id, h.name, r.state, r.requested_ms, " \
  "r.requested_by, COALESCE(r.received_ms, 0)"

void
fd_supply_free (FdSupply *supply)
{
  if (supply == NULL)
    return;
  g_free (supply->site);
  g_free (supply->name);
  g_free (supply->unit);
  g_free (supply);
}

FdSupply *
fd_supply_copy (const FdSupply *supply)
{
  FdSupply *copy = g_memdup2 (supply, sizeof *supply);

  copy->site = g_strdup (supply->site);
  copy->name = g_strdup (supply->name);
  copy->unit = g_strdup (supply->unit);
  return copy;
}

/* SUP-3: below the minimum (pens: minimum 10, 5 left). */
gboolean
fd_supply_is_low (const FdSupply *supply)
{
  return supply->quantity < supply->minimum;
}

/* SUP-2: the stock sheet's quantity to buy: back to the restocking level,
 * less what was requested already; nothing while the stock is not low. */
gint64
fd_supply_to_buy (const FdSupply *supply)
{
  if (!fd_supply_is_low (supply))
    return 0;
  return MAX (0, supply->restock_to - supply->quantity - supply->requested);
}

/* SUP-2: the stock is counted every day. */
gboolean
fd_supply_counted_today (const FdSupply *supply,
                         gint64          now_ms)
{
  g_autofree char *today = fd_format_local_time (now_ms, "%Y-%m-%d");
  g_autofree char *counted = NULL;

  if (supply->counted_ms <= 0)
    return FALSE;
  counted = fd_format_local_time (supply->counted_ms, "%Y-%m-%d");
  return g_str_equal (today, counted);
}

void
fd_purchase_free (FdPurchase *purchase)
{
  if (purchase == NULL)
    return;
  g_free (purchase->supply_name);
  g_free (purchase->unit);
  g_free (purchase->purpose);
  g_free (purchase->host_name);
  g_free (purchase->requested_by);
  g_free (purchase);
}

FdPurchase *
fd_purchase_copy (const FdPurchase *purchase)
{
  FdPurchase *copy = g_memdup2 (purchase, sizeof *purchase);

  copy->supply_name = g_strdup (purchase->supply_name);
  copy->unit = g_strdup (purchase->unit);
  copy->purpose = g_strdup (purchase->purpose);
  copy->host_name = g_strdup (purchase->host_name);
  copy->requested_by = g_strdup (purchase->requested_by);
  return copy;
}

static gboolean
supply_cb (FdDbRow  *row,
           gpointer  user_data)
{
  FdSupply *supply = g_new0 (FdSupply, 1);

  supply->id = fd_db_row_int (row, 0);
  supply->site = fd_db_row_dup (row, 1);
  supply->name = fd_db_row_dup (row, 2);
  supply->unit = fd_db_row_dup (row, 3);
  supply->quantity = fd_db_row_int (row, 4);
  supply->minimum = fd_db_row_int (row, 5);
  supply->restock_to = fd_db_row_int (row, 6);
  supply->counted_ms = fd_db_row_int (row, 7);
  supply->requested = fd_db_row_int (row, 8);
  supply->waiting = fd_db_row_int (row, 9);
  g_ptr_array_add (user_data, supply);
  return TRUE;
}

static gboolean
purchase_cb (FdDbRow  *row,
             gpointer  user_data)
{
  FdPurchase *purchase = g_new0 (FdPurchase, 1);

  purchase->id = fd_db_row_int (row, 0);
  purchase->supply_id = fd_db_row_int (row, 1);
  purchase->supply_name = fd_db_row_dup (row, 2);
  purchase->unit = fd_db_row_dup (row, 3);
  purchase->quantity = fd_db_row_int (row, 4);
  purchase->purpose = fd_db_row_dup (row, 5);
  purchase->host_id = fd_db_row_int (row, 6);
  purchase->host_name = fd_db_row_dup (row, 7);
  purchase->state = g_strcmp0 (fd_db_row_text (row, 8), "received") == 0 ? FD_PURCHASE_RECEIVED : FD_PURCHASE_OPEN;
  purchase->requested_ms = fd_db_row_int (row, 9);
  purchase->requested_by = fd_db_row_dup (row, 10);
  purchase->received_ms = fd_db_row_int (row, 11);
  g_ptr_array_add (user_data, purchase);
  return TRUE;
}

static gboolean
quantity_ok (gint64 quantity)
{
  return quantity >= 0 && quantity <= FD_SUPPLY_MAX_QUANTITY;
}

/* The item @id of the site @session works at, read under the lock. */
static FdSupply *
get_supply_locked (FdStore          *self,
                   const FdSession  *session,
                   gint64            id,
                   GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_supply_free);
  const char *site = fd_session_get_site (session);

  if (!fd_db_exec (self->db, "SELECT " SUPPLY_COLUMNS " FROM supplies s WHERE s.id = ? AND (s.site = ? OR ? = '')",
                   FD_DB_ARGS (FD_DB_I (id), FD_DB_S (site), FD_DB_S (site)), supply_cb, found, error))
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No supply %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

/* A change of the stock of @supply from @before to @after, kept with the
 * audit log's entry. */
static gboolean
move_locked (FdStore         *self,
             const FdSupply  *supply,
             const char      *kind,
             gint64           quantity,
             gint64           after,
             gint64           host_id,
             const char      *signature,
             const char      *actor,
             GError         **error)
{
  g_autofree char *subject = g_strdup_printf ("supply:%" G_GINT64_FORMAT, supply->id);
  g_autofree char *action = g_strdup_printf ("supply.%s", kind);
  g_autofree char *detail = g_strdup_printf ("%" G_GINT64_FORMAT " -> %" G_GINT64_FORMAT, supply->quantity, after);
  gint64 now = fd_store_now_ms (self);

  return fd_db_exec (self->db, "UPDATE supplies SET quantity = ?, updated_ms = ? WHERE id = ?",
                     FD_DB_ARGS (FD_DB_I (after), FD_DB_I (now), FD_DB_I (supply->id)), NULL, NULL, error) &&
         fd_db_exec (self->db,
                     "INSERT INTO supply_moves (supply_id, kind, quantity, quantity_before, host_id, signature, at_ms, "
                     "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     FD_DB_ARGS (FD_DB_I (supply->id), FD_DB_S (kind), FD_DB_I (quantity), FD_DB_I (supply->quantity),
                                 host_id > 0 ? FD_DB_I (host_id) : FD_DB_S (NULL), FD_DB_S (signature), FD_DB_I (now),
                                 FD_DB_S (actor)),
                     NULL, NULL, error) &&
         fd_store_audit_locked (self, actor, action, subject, detail, error);
}

/**
 * fd_store_add_supply:
 * @name: the item: 中性笔
 * @unit: how it is counted: 支
 * @quantity: in stock now
 * @minimum: SUP-3: below it, a purchase is requested
 * @restock_to: what a purchase brings the stock back to, at least @minimum
 *
 * Puts an item on the stock sheet of the site of @session.
 *
 * Returns: its id; 0 with FD_ERROR_INVALID or FD_ERROR_STATE (the site has
 *   an item of that name).
 */
gint64
fd_store_add_supply (FdStore          *self,
                     const FdSession  *session,
                     const char       *name,
                     const char       *unit,
                     gint64            quantity,
                     gint64            minimum,
                     gint64            restock_to,
                     GError          **error)
{
  g_autofree char *item = NULL, *counted_in = NULL, *subject = NULL;
  const char *site = fd_store_session_site (self, session);
  gint64 now = fd_store_now_ms (self);
  gint64 id = 0, same = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.add", &actor, error))
    return 0;
  if (fd_text_normalize (name, MAX_NAME, &item) != FD_INVALID_NONE ||
      fd_text_normalize (unit, MAX_UNIT, &counted_in) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The item and its unit are needed");
      return 0;
    }
  if (!quantity_ok (quantity) || !quantity_ok (minimum) || !quantity_ok (restock_to) || restock_to < minimum)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           "Quantities are whole numbers, and the restocking level is at least the minimum");
      return 0;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db, "SELECT COUNT(*) FROM supplies WHERE site = ? AND name = ?",
                        FD_DB_ARGS (FD_DB_S (site), FD_DB_S (item)), &same, error);
  if (ok && same > 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "%s is on the stock sheet already", item);
      ok = FALSE;
    }
  ok = ok &&
       fd_db_query_int (self->db,
                        "INSERT INTO supplies (site, name, unit, quantity, minimum, restock_to, counted_ms, created_ms, "
                        "updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (site), FD_DB_S (item), FD_DB_S (counted_in), FD_DB_I (quantity),
                                    FD_DB_I (minimum), FD_DB_I (restock_to), FD_DB_I (now), FD_DB_I (now), FD_DB_I (now)),
                        &id, error);
  subject = g_strdup_printf ("supply:%" G_GINT64_FORMAT, id);
  ok = ok && fd_store_audit_locked (self, actor, "supply.add", subject, item, error) && fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  return id;
}

/**
 * fd_store_list_supplies:
 *
 * Returns: (transfer container) (element-type FdSupply): the stock sheet
 *   of the site @session looks at, by name.
 */
GPtrArray *
fd_store_list_supplies (FdStore          *self,
                        const FdSession  *session,
                        GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_supply_free);
  const char *site;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "supplies.list", error))
    return NULL;
  site = fd_session_get_site (session);
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " SUPPLY_COLUMNS " FROM supplies s WHERE (s.site = ? OR ? = '') ORDER BY s.name, s.id "
                   "LIMIT 500",
                   FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), supply_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/**
 * fd_store_issue_supply:
 * @issue: the item, the employee, how many, the quality check and the
 *   employee's signature
 *
 * SUP-1: gives an employee what they take, only checked and signed for.
 *
 * Returns: FD_ERROR_INVALID (no check, no signature, no quantity),
 *   FD_ERROR_NOT_FOUND, or FD_ERROR_STATE when the stock has fewer (FAQ-4).
 */
gboolean
fd_store_issue_supply (FdStore              *self,
                       const FdSession      *session,
                       const FdSupplyIssue  *issue,
                       GError              **error)
{
  g_autoptr(FdSupply) supply = NULL;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.issue", &actor, error))
    return FALSE;
  if (issue->quantity <= 0 || !quantity_ok (issue->quantity) || issue->host_id <= 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Who takes it and how many are needed");
      return FALSE;
    }
  if (!issue->quality_checked)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Check the item before it is given out");
      return FALSE;
    }
  if (!fd_parcel_signature_is_valid (issue->signature))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The employee signs for what they take");
      return FALSE;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) && fd_store_check_host_locked (self, issue->host_id, error) &&
       (supply = get_supply_locked (self, session, issue->supply_id, error)) != NULL;
  if (ok && supply->quantity < issue->quantity)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Only %" G_GINT64_FORMAT " %s of %s left", supply->quantity,
                   supply->unit, supply->name);
      ok = FALSE;
    }
  ok = ok &&
       move_locked (self, supply, "issue", issue->quantity, supply->quantity - issue->quantity, issue->host_id,
                    issue->signature, actor, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_count_supply:
 * @counted: what the shelf holds
 *
 * SUP-2: the daily count; the stock sheet takes the counted quantity.
 */
gboolean
fd_store_count_supply (FdStore          *self,
                       const FdSession  *session,
                       gint64            supply_id,
                       gint64            counted,
                       GError          **error)
{
  g_autoptr(FdSupply) supply = NULL;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.count", &actor, error))
    return FALSE;
  if (!quantity_ok (counted))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The count is a whole number");
      return FALSE;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) && (supply = get_supply_locked (self, session, supply_id, error)) != NULL &&
       move_locked (self, supply, "count", counted, counted, 0, NULL, actor, error) &&
       fd_db_exec (self->db, "UPDATE supplies SET counted_ms = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (supply_id)), NULL, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/* SUP-3: the request, in the administration colleague's language. */
static gboolean
enqueue_request_locked (FdStore         *self,
                        const FdSupply  *supply,
                        gint64           quantity,
                        const char      *purpose,
                        gint64           host_id,
                        const char      *actor,
                        GError         **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, host_id, error);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *subject = NULL;
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  /* Translators: %s an item of office supplies. */
  subject = g_strdup_printf (fd_tr (lang, N_("Purchase request: %s")), supply->name);
  /* Translators: %1$s an item, %2$lld how many, %3$s its unit (支, 本). */
  g_string_append_printf (body, fd_tr (lang, N_("Item: %1$s, quantity: %2$lld %3$s")), supply->name,
                          (long long) quantity, supply->unit);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, fd_tr (lang, N_("Needed for: %s")), purpose);
  g_string_append_c (body, '\n');
  /* Translators: %1$lld and %2$lld quantities, %3$s their unit. */
  g_string_append_printf (body, fd_tr (lang, N_("In stock: %1$lld %3$s; the minimum is %2$lld %3$s.")),
                          (long long) supply->quantity, (long long) supply->minimum, supply->unit);
  g_string_append_c (body, '\n');
  /* Translators: %s the receptionist's user name. */
  g_string_append_printf (body, fd_tr (lang, N_("Requested by reception (%s).")), actor);
  g_string_append_c (body, '\n');
  return fd_store_enqueue_to_host_locked (self, "purchase-request", host, 0, 0, subject, body->str, error);
}

/**
 * fd_store_request_purchase:
 * @quantity: how many to buy
 * @purpose: what for: "stock below the minimum"
 * @host_id: the colleague in the administration department it goes to
 *
 * SUP-3: files a purchase request; the colleague receives it by their
 * channels in the same transaction, and is the next request's default
 * (fd_store_get_setting "supplies_purchase_host").
 *
 * Returns: the request's id; 0 with FD_ERROR_INVALID or FD_ERROR_NOT_FOUND.
 */
gint64
fd_store_request_purchase (FdStore          *self,
                           const FdSession  *session,
                           gint64            supply_id,
                           gint64            quantity,
                           const char       *purpose,
                           gint64            host_id,
                           GError          **error)
{
  g_autoptr(FdSupply) supply = NULL;
  g_autofree char *why = NULL, *subject = NULL, *host = NULL;
  gint64 id = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.request", &actor, error))
    return 0;
  if (quantity <= 0 || !quantity_ok (quantity) || host_id <= 0 ||
      fd_text_normalize (purpose, MAX_PURPOSE, &why) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           "A purchase request needs the quantity, the purpose and the colleague it goes to");
      return 0;
    }
  host = g_strdup_printf ("%" G_GINT64_FORMAT, host_id);
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) && fd_store_check_host_locked (self, host_id, error) &&
       (supply = get_supply_locked (self, session, supply_id, error)) != NULL &&
       fd_db_query_int (self->db,
                        "INSERT INTO purchase_requests (supply_id, quantity, purpose, host_id, requested_ms, "
                        "requested_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_I (supply_id), FD_DB_I (quantity), FD_DB_S (why), FD_DB_I (host_id),
                                    FD_DB_I (fd_store_now_ms (self)), FD_DB_S (actor)),
                        &id, error) &&
       enqueue_request_locked (self, supply, quantity, why, host_id, actor, error) &&
       fd_store_put_setting_locked (self, PURCHASE_HOST_SETTING, host, error);
  subject = g_strdup_printf ("purchase:%" G_GINT64_FORMAT, id);
  ok = ok && fd_store_audit_locked (self, actor, "supply.request", subject, supply->name, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  return id;
}

/**
 * fd_store_list_purchases:
 *
 * Returns: (transfer container) (element-type FdPurchase): the purchase
 *   requests not yet received, of the site @session looks at, oldest first.
 */
GPtrArray *
fd_store_list_purchases (FdStore          *self,
                         const FdSession  *session,
                         GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_purchase_free);
  const char *site;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "supplies.list", error))
    return NULL;
  site = fd_session_get_site (session);
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " PURCHASE_COLUMNS " FROM purchase_requests r JOIN supplies s ON s.id = r.supply_id "
                   "JOIN hosts h ON h.id = r.host_id WHERE r.state = 'open' AND (s.site = ? OR ? = '') "
                   "ORDER BY r.requested_ms, r.id LIMIT 200",
                   FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), purchase_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/* FAQ-4: each employee waiting for @supply hears that it came. */
static gboolean
tell_waiting_locked (FdStore         *self,
                     const FdSupply  *supply,
                     guint           *n_told,
                     GError         **error)
{
  g_autoptr(GArray) hosts = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!fd_db_exec (self->db, "SELECT host_id FROM supply_waits WHERE supply_id = ? ORDER BY since_ms",
                   FD_DB_ARGS (FD_DB_I (supply->id)), fd_store_collect_id_cb, hosts, error))
    return FALSE;
  for (guint i = 0; i < hosts->len; i++)
    {
      g_autoptr(FdHost) host = fd_store_get_host (self, g_array_index (hosts, gint64, i), NULL);
      g_autofree char *subject = NULL, *body = NULL;
      FdLang lang;

      if (host == NULL || !host->active)
        continue;
      lang = fd_store_reader_lang (self, host->lang);
      /* Translators: %s an item of office supplies. */
      subject = g_strdup_printf (fd_tr (lang, N_("%s has arrived at reception")), supply->name);
      /* FAQ-4, the employee kept informed.  Translators: %s an item. */
      body = g_strdup_printf (fd_tr (lang, N_("Hello, the %s you asked for has arrived. Please collect it at reception.")),
                              supply->name);
      if (!fd_store_enqueue_to_host_locked (self, "supply-arrived", host, 0, 0, subject, body, error))
        return FALSE;
      (*n_told)++;
    }
  return fd_db_exec (self->db, "DELETE FROM supply_waits WHERE supply_id = ?", FD_DB_ARGS (FD_DB_I (supply->id)),
                     NULL, NULL, error);
}

/**
 * fd_store_receive_purchase:
 * @n_told: (out) (optional): how many waiting employees were told
 *
 * A purchase arrived: its quantity goes into the stock, once, and the
 * employees waiting for the item (fd_store_wait_for_supply()) are told.
 *
 * Returns: FD_ERROR_STATE when it was received already.
 */
gboolean
fd_store_receive_purchase (FdStore          *self,
                           const FdSession  *session,
                           gint64            purchase_id,
                           guint            *n_told,
                           GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_purchase_free);
  g_autoptr(FdSupply) supply = NULL;
  const FdPurchase *purchase = NULL;
  guint told = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.receive", &actor, error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db,
                   "SELECT " PURCHASE_COLUMNS " FROM purchase_requests r JOIN supplies s ON s.id = r.supply_id "
                   "JOIN hosts h ON h.id = r.host_id WHERE r.id = ?",
                   FD_DB_ARGS (FD_DB_I (purchase_id)), purchase_cb, found, error);
  if (ok && found->len > 0)
    purchase = found->pdata[0];
  if (ok && (purchase == NULL || purchase->state != FD_PURCHASE_OPEN))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Purchase %" G_GINT64_FORMAT " is not waiting", purchase_id);
      ok = FALSE;
    }
  ok = ok && (supply = get_supply_locked (self, session, purchase->supply_id, error)) != NULL &&
       fd_db_exec (self->db, "UPDATE purchase_requests SET state = 'received', received_ms = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (purchase_id)), NULL, NULL, error) &&
       move_locked (self, supply, "receive", purchase->quantity, MIN (supply->quantity + purchase->quantity,
                                                                      FD_SUPPLY_MAX_QUANTITY),
                    0, NULL, actor, error) &&
       tell_waiting_locked (self, supply, &told, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      told = 0;
    }
  STORE_UNLOCK (self);
  if (n_told != NULL)
    *n_told = told;
  return ok;
}

/**
 * fd_store_wait_for_supply:
 * @host_id: the employee who asked for it
 *
 * FAQ-4: the item is short; the employee is told when it arrives.  Waiting
 * twice for the same item is one wait.
 */
gboolean
fd_store_wait_for_supply (FdStore          *self,
                          const FdSession  *session,
                          gint64            supply_id,
                          gint64            host_id,
                          GError          **error)
{
  g_autoptr(FdSupply) supply = NULL;
  g_autofree char *subject = g_strdup_printf ("supply:%" G_GINT64_FORMAT, supply_id);
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "supply.wait", &actor, error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) && fd_store_check_host_locked (self, host_id, error) &&
       (supply = get_supply_locked (self, session, supply_id, error)) != NULL &&
       fd_db_exec (self->db,
                   "INSERT INTO supply_waits (supply_id, host_id, since_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   FD_DB_ARGS (FD_DB_I (supply_id), FD_DB_I (host_id), FD_DB_I (fd_store_now_ms (self))),
                   NULL, NULL, error) &&
       fd_store_audit_locked (self, actor, "supply.wait", subject, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}
