/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-login-page.h"

#include "fd-error.h"
#include "fd-secret.h"
#include "fd-ui.h"

/*
 * The staff window's login: user name and password or PIN.  On a first run
 * (no staff account yet) it creates the administrator instead.  A login
 * emits "logged-in" with the session; the window shows the pages the role
 * may use.
 */

struct _FdStaffLoginPage
{
  GtkWidget     parent_instance;

  /* template widgets */
  GtkLabel     *title;
  GtkLabel     *hint;
  GtkLabel     *user_label;
  GtkEntry     *user_entry;
  GtkLabel     *display_label;
  GtkEntry     *display_entry;  /* first run: the administrator's name */
  GtkLabel     *secret_label;
  GtkWidget    *secret_entry;
  GtkLabel     *error_label;
  GtkButton    *login_button;

  /* owned references */
  FdStore      *store;
  GCancellable *cancellable;

  /* state */
  FdLang        lang;
  gboolean      first_run;      /* no staff account yet */
};

G_DEFINE_FINAL_TYPE (FdStaffLoginPage, fd_staff_login_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_LOGGED_IN,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

#define tr(self, text) fd_tr ((self)->lang, text)

static void
apply_lang (FdStaffLoginPage *self)
{
  gtk_label_set_text (self->title, self->first_run ? tr (self, N_("First run: create the administrator"))
                                                   : tr (self, N_("Staff login")));
  gtk_label_set_text (self->hint, self->first_run
                                  ? tr (self, N_("This account manages staff, hosts and settings. Choose a password of at least 4 characters."))
                                  : tr (self, N_("Log in with your staff user name and password or PIN. The window locks itself when nobody uses it.")));
  gtk_label_set_text (self->user_label, tr (self, N_("User name")));
  gtk_label_set_text (self->display_label, tr (self, N_("Your name, as colleagues know it")));
  gtk_label_set_text (self->secret_label, tr (self, N_("Password or PIN")));
  gtk_button_set_label (self->login_button, self->first_run ? tr (self, N_("Create and log in")) : tr (self, N_("Log in")));
  gtk_widget_set_visible (GTK_WIDGET (self->display_label), self->first_run);
  gtk_widget_set_visible (GTK_WIDGET (self->display_entry), self->first_run);
}

void
fd_staff_login_page_set_lang (FdStaffLoginPage *self,
                              FdLang            lang)
{
  g_return_if_fail (FD_IS_STAFF_LOGIN_PAGE (self));

  self->lang = lang;
  apply_lang (self);
}

/* Nothing of the last login attempt stays: the password and any error. */
void
fd_staff_login_page_reset (FdStaffLoginPage *self)
{
  g_return_if_fail (FD_IS_STAFF_LOGIN_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->secret_entry), "");
  gtk_label_set_text (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_grab_focus (self->secret_entry);
}

typedef struct {
  char     *user;
  char     *display;
  char     *secret;
  gboolean  first_run;
} Login;

static void
login_free (Login *login)
{
  g_free (login->user);
  g_free (login->display);
  fd_secret_text_free (login->secret);
  g_free (login);
}

static gpointer
login_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Login *login = data;

  if (login->first_run &&
      fd_store_add_staff (store, NULL, login->user,
                          login->display != NULL && *login->display != '\0' ? login->display : login->user,
                          FD_ROLE_ADMIN, login->secret, error) == 0)
    return NULL;
  return fd_store_login (store, login->user, login->secret, error);
}

static void
logged_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdStaffLoginPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_button), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->secret_entry), "");
  if (session == NULL)
    {
      gtk_label_set_text (self->error_label,
                          g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                          ? tr (self, N_("The user name or password is not allowed: use letters and digits, and a password of at least 4 characters."))
                          : g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED)
                          ? tr (self, error->message)
                          : tr (self, N_("Wrong user name or password.")));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_grab_focus (self->secret_entry);
      return;
    }
  self->first_run = FALSE;
  apply_lang (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_signal_emit (self, signals[SIGNAL_LOGGED_IN], 0, session);
}

static void
login_clicked_cb (FdStaffLoginPage *self)
{
  Login *login = g_new0 (Login, 1);

  login->user = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_entry))));
  login->display = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->display_entry))));
  login->secret = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->secret_entry)));
  login->first_run = self->first_run;
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_button), FALSE);
  fd_store_run_async (self->store, login_job, login, (GDestroyNotify) login_free, (GDestroyNotify) fd_session_free,
                      self->cancellable, logged_in_cb, g_object_ref (self));
}

static void
user_activate_cb (FdStaffLoginPage *self)
{
  gtk_widget_grab_focus (self->first_run ? GTK_WIDGET (self->display_entry) : self->secret_entry);
}

/* A first run has no staff account yet. */

static gpointer
count_staff_job (FdStore   *store,
                 gpointer   data,
                 GError   **error)
{
  return GSIZE_TO_POINTER ((gsize) fd_store_count_staff (store) + 1);
}

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdStaffLoginPage) self = user_data;
  gsize n = GPOINTER_TO_SIZE (fd_store_run_finish (FD_STORE (source), result, NULL));

  if (n == 0)
    return;
  self->first_run = n == 1;
  apply_lang (self);
}

static gboolean
fd_staff_login_page_grab_focus (GtkWidget *widget)
{
  FdStaffLoginPage *self = FD_STAFF_LOGIN_PAGE (widget);
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_entry));

  return gtk_widget_grab_focus (*user != '\0' ? self->secret_entry : GTK_WIDGET (self->user_entry));
}

static void
fd_staff_login_page_dispose (GObject *object)
{
  FdStaffLoginPage *self = FD_STAFF_LOGIN_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_STAFF_LOGIN_PAGE);
  G_OBJECT_CLASS (fd_staff_login_page_parent_class)->dispose (object);
}

static void
fd_staff_login_page_finalize (GObject *object)
{
  FdStaffLoginPage *self = FD_STAFF_LOGIN_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fd_staff_login_page_parent_class)->finalize (object);
}

static void
fd_staff_login_page_class_init (FdStaffLoginPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_login_page_dispose;
  object_class->finalize = fd_staff_login_page_finalize;
  widget_class->grab_focus = fd_staff_login_page_grab_focus;

  /**
   * FdStaffLoginPage::logged-in:
   * @session: (type FdSession): who logged in; copy it to keep it
   */
  signals[SIGNAL_LOGGED_IN] =
    g_signal_new ("logged-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-login-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffLoginPage, name)
  BIND (title);
  BIND (hint);
  BIND (user_label);
  BIND (user_entry);
  BIND (display_label);
  BIND (display_entry);
  BIND (secret_label);
  BIND (secret_entry);
  BIND (error_label);
  BIND (login_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, login_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, user_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fd_staff_login_page_init (FdStaffLoginPage *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_login_page_new (FdStore *store)
{
  FdStaffLoginPage *self = g_object_new (FD_TYPE_STAFF_LOGIN_PAGE, NULL);

  self->store = g_object_ref (store);
  apply_lang (self);
  fd_store_run_async (store, count_staff_job, NULL, NULL, NULL, self->cancellable, counted_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}
