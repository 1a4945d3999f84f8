/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

/*
 * The _async variants of the store: the same calls in a worker thread, so
 * the windows never wait on the database.
 */


static FdRegistration *
registration_copy (const FdRegistration *reg)
{
  FdRegistration *copy = fd_registration_new ();

  copy->name = g_strdup (reg->name);
  copy->phone = g_strdup (reg->phone);
  copy->company = g_strdup (reg->company);
  copy->purpose = g_strdup (reg->purpose);
  copy->host_id = reg->host_id;
  copy->visit_ms = reg->visit_ms;
  copy->items = g_strdup (reg->items);
  copy->id_doc_type = g_strdup (reg->id_doc_type);
  copy->id_number = g_strdup (reg->id_number);
  return copy;
}

static void
add_visit_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 id = fd_store_add_visit (source_object, task_data, &error);

  if (id == 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, id);
}

/* @reg is copied; the caller may wipe its own copy at once. */
void
fd_store_add_visit_async (FdStore             *self,
                          FdRegistration      *reg,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_add_visit_async);
  g_task_set_task_data (task, registration_copy (reg), (GDestroyNotify) fd_registration_free);
  g_task_run_in_thread (task, add_visit_thread);
}

gint64
fd_store_add_visit_finish (FdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  return g_task_propagate_int (G_TASK (result), error);
}

static void
list_visits_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *visits = fd_store_list_visits (source_object, GPOINTER_TO_INT (task_data), &error);

  if (visits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, visits, (GDestroyNotify) g_ptr_array_unref);
}

void
fd_store_list_visits_async (FdStore             *self,
                            FdVisitFilter        filter,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_list_visits_async);
  g_task_set_task_data (task, GINT_TO_POINTER (filter), NULL);
  g_task_run_in_thread (task, list_visits_thread);
}

GPtrArray *
fd_store_list_visits_finish (FdStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  char  *text;
  guint  limit;
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_free (data->text);
  g_free (data);
}

static void
search_hosts_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SearchData *data = task_data;
  GError *error = NULL;
  GPtrArray *hosts = fd_store_search_hosts (source_object, data->text, data->limit, &error);

  if (hosts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hosts, (GDestroyNotify) g_ptr_array_unref);
}

void
fd_store_search_hosts_async (FdStore             *self,
                             const char          *text,
                             guint                limit,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data = g_new0 (SearchData, 1);

  g_return_if_fail (FD_IS_STORE (self));

  data->text = g_strdup (text);
  data->limit = limit;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_search_hosts_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_run_in_thread (task, search_hosts_thread);
}

GPtrArray *
fd_store_search_hosts_finish (FdStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  gint64  id;
  char   *actor;
} CheckoutData;

static void
checkout_data_free (CheckoutData *data)
{
  g_free (data->actor);
  g_free (data);
}

static void
checkout_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CheckoutData *data = task_data;
  GError *error = NULL;

  if (fd_store_checkout (source_object, data->id, data->actor, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_store_checkout_async (FdStore             *self,
                         gint64               id,
                         const char          *actor,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckoutData *data = g_new0 (CheckoutData, 1);

  g_return_if_fail (FD_IS_STORE (self));

  data->id = id;
  data->actor = g_strdup (actor);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_checkout_async);
  g_task_set_task_data (task, data, (GDestroyNotify) checkout_data_free);
  g_task_run_in_thread (task, checkout_thread);
}

gboolean
fd_store_checkout_finish (FdStore       *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct {
  FdStoreJob      job;
  gpointer        data;
  GDestroyNotify  data_free;
  GDestroyNotify  result_free;
} RunData;

static void
run_data_free (RunData *run)
{
  if (run->data_free != NULL)
    run->data_free (run->data);
  g_free (run);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *run = task_data;
  GError *error = NULL;
  gpointer result = run->job (source_object, run->data, &error);

  if (result == NULL)
    g_task_return_error (task, error != NULL ? error
                         : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "No result"));
  else
    g_task_return_pointer (task, result, run->result_free);
}

/**
 * fd_store_run_async:
 * @job: runs in a worker thread; returns non-%NULL on success
 *
 * For calls that have no _async variant of their own.
 */
void
fd_store_run_async (FdStore             *self,
                    FdStoreJob           job,
                    gpointer             data,
                    GDestroyNotify       data_free,
                    GDestroyNotify       result_free,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *run = g_new0 (RunData, 1);

  g_return_if_fail (FD_IS_STORE (self));

  run->job = job;
  run->data = data;
  run->data_free = data_free;
  run->result_free = result_free;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_run_async);
  g_task_set_task_data (task, run, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

gpointer
fd_store_run_finish (FdStore       *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
