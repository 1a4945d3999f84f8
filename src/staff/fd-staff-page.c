/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-page.h"

#include "fd-error.h"

/*
 * The base of the staff window's pages: the store, who is logged in (a
 * copy of the session; NULL while the window is locked), the language of
 * the person at the desk, and the cancellable of the page's work.  A page's
 * template holds one child, laid out by a GtkBinLayout.
 */

typedef struct
{
  FdStore      *store;        /* where the page reads and writes */
  FdSession    *session;      /* who is logged in; NULL: locked */
  GCancellable *cancellable;  /* the page's work; cancelled on lock */
  FdLang        lang;         /* the staff member's language */
  gboolean      loading;      /* a load is under way */
  gboolean      load_again;   /* a change came in during it */
} FdStaffPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FdStaffPage, fd_staff_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

enum {
  SIGNAL_STATUS,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
fd_staff_page_set_lang (FdStaffPage *self,
                        FdLang       lang)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  priv->lang = lang;
  FD_STAFF_PAGE_GET_CLASS (self)->apply_lang (self);
}

FdLang
fd_staff_page_get_lang (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_STAFF_PAGE (self), FD_LANG_ZH);
  return priv->lang;
}

/**
 * fd_staff_page_set_session:
 * @session: (nullable): who logged in; %NULL when the window locks
 *
 * A lock cancels the page's work and has it forget every visitor it
 * showed; a login has it load what the staff member may see.
 */
void
fd_staff_page_set_session (FdStaffPage     *self,
                           const FdSession *session)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  g_clear_pointer (&priv->session, fd_session_free);
  if (session != NULL)
    priv->session = fd_session_copy (session);
  else
    {
      g_cancellable_cancel (priv->cancellable);
      g_clear_object (&priv->cancellable);
      priv->cancellable = g_cancellable_new ();
    }
  priv->loading = FALSE;
  priv->load_again = FALSE;
  if (FD_STAFF_PAGE_GET_CLASS (self)->session_changed != NULL)
    FD_STAFF_PAGE_GET_CLASS (self)->session_changed (self);
}

/* Who is logged in; NULL while the window is locked. */
const FdSession *
fd_staff_page_get_session (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_STAFF_PAGE (self), NULL);
  return priv->session;
}

/* Whether the staff member logged in may do what @permission covers. */
gboolean
fd_staff_page_allows (FdStaffPage  *self,
                      FdPermission  permission)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_STAFF_PAGE (self), FALSE);
  return priv->session != NULL && fd_session_allows (priv->session, permission);
}

/* The database changed, or time passed: a page with a session reads again. */
void
fd_staff_page_reload (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  if (priv->session != NULL && FD_STAFF_PAGE_GET_CLASS (self)->reload != NULL)
    FD_STAFF_PAGE_GET_CLASS (self)->reload (self);
}

FdStore *
fd_staff_page_get_store (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_STAFF_PAGE (self), NULL);
  return priv->store;
}

GCancellable *
fd_staff_page_get_cancellable (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_STAFF_PAGE (self), NULL);
  return priv->cancellable;
}

/* @text, a message id, in the staff member's language. */
const char *
fd_staff_page_tr (FdStaffPage *self,
                  const char  *text)
{
  return fd_tr (fd_staff_page_get_lang (self), text);
}

/**
 * fd_staff_page_show_status:
 * @message: (nullable): what to tell the person at the desk; %NULL clears
 *   the last message
 */
void
fd_staff_page_show_status (FdStaffPage *self,
                           const char  *message,
                           gboolean     is_error)
{
  g_return_if_fail (FD_IS_STAFF_PAGE (self));
  g_signal_emit (self, signals[SIGNAL_STATUS], 0, message, is_error);
}

/* The words for a failed staff action. */
const char *
fd_staff_failure_text (FdLang        lang,
                       const GError *error)
{
  if (g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION))
    return fd_tr (lang, N_("Your role does not allow this. Ask an administrator."));
  if (g_error_matches (error, FD_ERROR, FD_ERROR_INVALID))
    return fd_tr (lang, N_("Please check what you typed: it is not valid."));
  if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE) && g_str_equal (error->message, FD_LAST_ADMIN_REFUSED))
    return fd_tr (lang, FD_LAST_ADMIN_REFUSED);
  if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    return fd_tr (lang, N_("This has already been done, or the visitor has left."));
  if (g_error_matches (error, FD_ERROR, FD_ERROR_BUSY))
    return fd_tr (lang, N_("The database is busy. Please try again."));
  if (g_error_matches (error, FD_ERROR, FD_ERROR_FULL))
    return fd_tr (lang, FD_STAFF_DISK_FULL);
  if (g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE))
    return fd_tr (lang, N_("The database server does not answer, so nothing was changed. Frontdesk connects again by itself; if this lasts, check the network or ask IT."));
  return fd_tr (lang, N_("That did not go through. Please try again."));
}

/**
 * fd_staff_channel_name:
 * @id: a channel of fd_notify_channels, e.g. "wecom"
 *
 * Returns: the channel as the staff know it in @lang ("WeCom", 「企业微信」);
 *   @id itself for a channel it does not know.
 */
const char *
fd_staff_channel_name (const char *id,
                       FdLang      lang)
{
  if (g_str_equal (id, "email"))
    return fd_tr (lang, N_("E-mail"));
  if (g_str_equal (id, "wecom"))
    return fd_tr (lang, N_("WeCom"));
  if (g_str_equal (id, "dingtalk"))
    return fd_tr (lang, N_("DingTalk"));
  if (g_str_equal (id, "feishu"))
    return fd_tr (lang, N_("Feishu"));
  if (g_str_equal (id, "slack"))
    return "Slack";
  if (g_str_equal (id, "teams"))
    return "Microsoft Teams";
  if (g_str_equal (id, "hook"))
    return fd_tr (lang, N_("Other webhook"));
  return id;
}

/* A row saying a list is empty ("The watchlist is empty."). */
GtkWidget *
fd_staff_empty_row (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "staff-empty");
  return label;
}

/* A role in the words of @lang: the login banner and the staff list. */
const char *
fd_staff_role_text (FdLang lang,
                    FdRole role)
{
  switch (role)
    {
    case FD_ROLE_ADMIN:
      return fd_tr (lang, N_("Administrator"));
    case FD_ROLE_SECURITY:
      return fd_tr (lang, N_("Security"));
    case FD_ROLE_RECEPTIONIST:
    default:
      return fd_tr (lang, N_("Receptionist"));
    }
}

typedef struct {
  FdStaffPage *page;  /* owned */
  char        *done;  /* what success says, or NULL */
} Run;

static void
run_free (Run *run)
{
  g_object_unref (run->page);
  g_free (run->done);
  g_free (run);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      run_free (run);
      return;
    }
  if (error != NULL)
    {
      g_message ("A staff action failed: %s", error->message);
      fd_staff_page_show_status (run->page, fd_staff_failure_text (fd_staff_page_get_lang (run->page), error), TRUE);
    }
  else
    fd_staff_page_show_status (run->page, run->done, FALSE);
  run_free (run);
}

/**
 * fd_staff_page_run:
 * @job: returns non-%NULL on success
 * @done_message: (nullable): what success says
 *
 * Runs @job in a worker; success shows @done_message, failure the words
 * for what went wrong.
 */
void
fd_staff_page_run (FdStaffPage    *self,
                   FdStoreJob      job,
                   gpointer        data,
                   GDestroyNotify  data_free,
                   const char     *done_message)
{
  Run *run = g_new0 (Run, 1);

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  run->page = g_object_ref (self);
  run->done = g_strdup (done_message);
  fd_store_run_async (fd_staff_page_get_store (self), job, data, data_free, NULL,
                      fd_staff_page_get_cancellable (self), run_done_cb, run);
}

/* A change to one row of the database, named by its id. */
typedef struct {
  FdStaffIdChange  change;
  FdSession       *session;
  gint64           id;
} IdJob;

static void
id_job_free (IdJob *job)
{
  fd_session_free (job->session);
  g_free (job);
}

static gpointer
id_job (FdStore   *store,
        gpointer   data,
        GError   **error)
{
  IdJob *job = data;

  return job->change (store, job->session, job->id, error) ? GINT_TO_POINTER (1) : NULL;
}

/**
 * fd_staff_page_run_on_id:
 * @change: a store call such as fd_store_confirm_arrival()
 * @id: the visit, alert, invitation or entry it changes
 * @done_message: (nullable): what success says
 *
 * Runs @change as the logged-in staff member in a worker; nothing while
 * the window is locked.
 */
void
fd_staff_page_run_on_id (FdStaffPage     *self,
                         FdStaffIdChange  change,
                         gint64           id,
                         const char      *done_message)
{
  IdJob *job;

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  if (fd_staff_page_get_session (self) == NULL)
    return;
  job = g_new0 (IdJob, 1);
  job->change = change;
  job->session = fd_session_copy (fd_staff_page_get_session (self));
  job->id = id;
  fd_staff_page_run (self, id_job, job, (GDestroyNotify) id_job_free, done_message);
}

typedef struct {
  FdStaffPage    *page;        /* owned */
  FdStaffLoaded   loaded;
  GDestroyNotify  result_free;
  char           *failure;     /* what a failed load says, or NULL */
} Load;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  FdStaffPage *self = load->page;
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  gpointer loaded = fd_store_run_finish (FD_STORE (source), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      priv->loading = FALSE;
      if (loaded != NULL && priv->session != NULL)
        load->loaded (self, loaded);
      else if (loaded == NULL && g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE))
        {
          /* A database server that does not answer is said plainly: what
           * the page shows may be out of date. */
          g_message ("%s could not read the database: %s", G_OBJECT_TYPE_NAME (self), error->message);
          fd_staff_page_show_status (self, fd_tr (priv->lang, N_("The database server does not answer: the lists may be out of date, and changes are refused until it is back. Frontdesk connects again by itself.")), TRUE);
        }
      else if (loaded == NULL)
        {
          g_warning ("%s could not read the database: %s", G_OBJECT_TYPE_NAME (self), error->message);
          if (load->failure != NULL)
            fd_staff_page_show_status (self, load->failure, TRUE);
        }
      if (priv->load_again)
        {
          priv->load_again = FALSE;
          fd_staff_page_reload (self);
        }
    }
  if (loaded != NULL)
    load->result_free (loaded);
  g_object_unref (load->page);
  g_free (load->failure);
  g_free (load);
}

/**
 * fd_staff_page_load:
 * @job: reads what the page shows, in a worker, as the logged-in staff
 *   member (it gets a copy of the session as its data)
 * @result_free: frees what @job returns
 * @loaded: shows what @job returned (freed afterwards); not called after a
 *   lock
 * @failure: (nullable): what the page says when the database cannot be read
 *
 * Reads what the page shows.  A change that comes in while a read is under
 * way reads again once it ends, so a burst of changes (a kiosk's check-in,
 * its badge, its message) costs two reads, not one each.
 */
void
fd_staff_page_load (FdStaffPage    *self,
                    FdStoreJob      job,
                    GDestroyNotify  result_free,
                    FdStaffLoaded   loaded,
                    const char     *failure)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);
  Load *load;

  g_return_if_fail (FD_IS_STAFF_PAGE (self));

  if (priv->session == NULL)
    return;
  if (priv->loading)
    {
      priv->load_again = TRUE;
      return;
    }
  priv->loading = TRUE;
  load = g_new0 (Load, 1);
  load->page = g_object_ref (self);
  load->loaded = loaded;
  load->result_free = result_free;
  load->failure = g_strdup (failure);
  fd_store_run_async (priv->store, job, fd_session_copy (priv->session), (GDestroyNotify) fd_session_free,
                      result_free, priv->cancellable, loaded_cb, load);
}

/* GObject. */

static void
fd_staff_page_dispose (GObject *object)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (FD_STAFF_PAGE (object));
  GtkWidget *child;

  g_cancellable_cancel (priv->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_staff_page_parent_class)->dispose (object);
}

static void
fd_staff_page_finalize (GObject *object)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (FD_STAFF_PAGE (object));

  g_clear_object (&priv->cancellable);
  g_clear_pointer (&priv->session, fd_session_free);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (fd_staff_page_parent_class)->finalize (object);
}

static void
fd_staff_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (FD_STAFF_PAGE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_staff_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (FD_STAFF_PAGE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_staff_page_class_init (FdStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_staff_page_dispose;
  object_class->finalize = fd_staff_page_finalize;
  object_class->get_property = fd_staff_page_get_property;
  object_class->set_property = fd_staff_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdStaffPage::status:
   * @message: (nullable): what the person at the desk should read; %NULL
   *   clears it
   * @is_error: whether something went wrong
   */
  signals[SIGNAL_STATUS] =
    g_signal_new ("status", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
fd_staff_page_init (FdStaffPage *self)
{
  FdStaffPagePrivate *priv = fd_staff_page_get_instance_private (self);

  priv->lang = FD_LANG_ZH;
  priv->cancellable = g_cancellable_new ();
}
