/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

/*
 * The _async variants of the store: the same calls in a worker thread, so
 * the windows never wait on the database.  All of them go through
 * fd_store_run_async(), which other callers use directly for calls that
 * have no variant of their own.
 */

typedef struct {
  FdStore        *store;      /* counts the job until it is gone */
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
  g_atomic_int_dec_and_test (&run->store->jobs);
  g_object_unref (run->store);
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

/* fd_store_run_async() for a typed _async/_finish pair: the task carries
 * @source_tag, which the pair's _finish checks. */
void
fd_store_run_tagged_async (FdStore             *self,
                           gpointer             source_tag,
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

  run->store = g_object_ref (self);
  g_atomic_int_inc (&self->jobs);
  run->job = job;
  run->data = data;
  run->data_free = data_free;
  run->result_free = result_free;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, run, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * fd_store_run_async:
 * @job: runs in a worker thread; returns non-%NULL on success
 * @data: (transfer full): what @job gets, freed with @data_free
 * @result_free: frees what @job returned when nobody takes it
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
  fd_store_run_tagged_async (self, fd_store_run_async, job, data, data_free, result_free,
                             cancellable, callback, user_data);
}

gpointer
fd_store_run_finish (FdStore       *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
add_visit_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  gint64 id = fd_store_add_visit (store, data, error);

  return id != 0 ? g_memdup2 (&id, sizeof id) : NULL;
}

/* @reg is copied; the caller may wipe its own copy at once. */
void
fd_store_add_visit_async (FdStore             *self,
                          FdRegistration      *reg,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  fd_store_run_async (self, add_visit_job, fd_registration_copy (reg), (GDestroyNotify) fd_registration_free,
                      g_free, cancellable, callback, user_data);
}

gint64
fd_store_add_visit_finish (FdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_autofree gint64 *id = fd_store_run_finish (self, result, error);

  return id != NULL ? *id : 0;
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

static gpointer
search_hosts_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  SearchData *search = data;

  return fd_store_search_hosts (store, search->text, search->limit, error);
}

void
fd_store_search_hosts_async (FdStore             *self,
                             const char          *text,
                             guint                limit,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  SearchData *data = g_new0 (SearchData, 1);

  data->text = g_strdup (text);
  data->limit = limit;
  fd_store_run_async (self, search_hosts_job, data, (GDestroyNotify) search_data_free,
                      (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
fd_store_search_hosts_finish (FdStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return fd_store_run_finish (self, result, error);
}

/**
 * fd_store_get_jobs_in_flight:
 *
 * Returns: how many fd_store_run_async() jobs are running, or done but not
 *   yet handed to their callback; tests wait for 0 before they end.
 */
guint
fd_store_get_jobs_in_flight (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), 0);
  return (guint) g_atomic_int_get (&self->jobs);
}
