/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-page.h"

/*
 * The base of every kiosk page: the store it works on, the visitor's
 * language, and the cancellable of its work, cancelled when the page is
 * wiped.  A page's template holds one child, laid out by a GtkBinLayout.
 */

typedef struct
{
  FdStore      *store;        /* where the page reads and writes */
  GCancellable *cancellable;  /* this visitor's work on the page */
  FdLang        lang;         /* the visitor's language */
} FdKioskPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FdKioskPage, fd_kiosk_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/**
 * fd_kiosk_page_reset:
 *
 * Cancels the page's work and wipes what the last visitor left on it.
 */
void
fd_kiosk_page_reset (FdKioskPage *self)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  g_return_if_fail (FD_IS_KIOSK_PAGE (self));

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
  if (FD_KIOSK_PAGE_GET_CLASS (self)->reset != NULL)
    FD_KIOSK_PAGE_GET_CLASS (self)->reset (self);
}

void
fd_kiosk_page_set_lang (FdKioskPage *self,
                        FdLang       lang)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  g_return_if_fail (FD_IS_KIOSK_PAGE (self));

  priv->lang = lang;
  FD_KIOSK_PAGE_GET_CLASS (self)->apply_lang (self);
}

FdLang
fd_kiosk_page_get_lang (FdKioskPage *self)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_KIOSK_PAGE (self), FD_LANG_ZH);
  return priv->lang;
}

/* Without its own idea, a page puts the cursor on its first control. */
void
fd_kiosk_page_focus (FdKioskPage *self)
{
  g_return_if_fail (FD_IS_KIOSK_PAGE (self));

  if (FD_KIOSK_PAGE_GET_CLASS (self)->focus != NULL)
    FD_KIOSK_PAGE_GET_CLASS (self)->focus (self);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

gboolean
fd_kiosk_page_is_busy (FdKioskPage *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_PAGE (self), FALSE);

  return FD_KIOSK_PAGE_GET_CLASS (self)->is_busy != NULL &&
         FD_KIOSK_PAGE_GET_CLASS (self)->is_busy (self);
}

void
fd_kiosk_page_set_portrait (FdKioskPage *self,
                            gboolean     portrait)
{
  g_return_if_fail (FD_IS_KIOSK_PAGE (self));

  if (FD_KIOSK_PAGE_GET_CLASS (self)->set_portrait != NULL)
    FD_KIOSK_PAGE_GET_CLASS (self)->set_portrait (self, portrait);
}

FdStore *
fd_kiosk_page_get_store (FdKioskPage *self)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_KIOSK_PAGE (self), NULL);
  return priv->store;
}

GCancellable *
fd_kiosk_page_get_cancellable (FdKioskPage *self)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  g_return_val_if_fail (FD_IS_KIOSK_PAGE (self), NULL);
  return priv->cancellable;
}

/* @text, a message id, in the visitor's language. */
const char *
fd_kiosk_page_tr (FdKioskPage *self,
                  const char  *text)
{
  return fd_tr (fd_kiosk_page_get_lang (self), text);
}

/* Asks the window for the page called @name. */
void
fd_kiosk_page_show (FdKioskPage *self,
                    const char  *name)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.show-page", "s", name);
}

/* Back to the welcome page, with every page wiped. */
void
fd_kiosk_page_end_visit (FdKioskPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.reset", NULL);
}

/* A message line that takes no room while empty. */
void
fd_kiosk_show_message (GtkLabel   *label,
                       const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL && *message != '\0');
}

/* Tells a screen reader that @label names @field and @error (may be NULL)
 * explains what is wrong with it. */
void
fd_kiosk_label_field (gpointer  field,
                      GtkLabel *label,
                      GtkLabel *error)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  if (error != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error, NULL,
                                    -1);
}

/* For work whose outcome the visitor does not wait for (a drink, an
 * answer, an alert): a failure is logged, and the staff window reads the
 * database, not the kiosk. */
void
fd_kiosk_log_failure_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s failed: %s", (const char *) user_data, error->message);
}

/* GObject. */

static void
fd_kiosk_page_dispose (GObject *object)
{
  FdKioskPage *self = FD_KIOSK_PAGE (object);
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);
  GtkWidget *child;

  g_cancellable_cancel (priv->cancellable);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_kiosk_page_parent_class)->dispose (object);
}

static void
fd_kiosk_page_finalize (GObject *object)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (FD_KIOSK_PAGE (object));

  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (fd_kiosk_page_parent_class)->finalize (object);
}

static void
fd_kiosk_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (FD_KIOSK_PAGE (object));

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
fd_kiosk_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (FD_KIOSK_PAGE (object));

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
fd_kiosk_page_class_init (FdKioskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_kiosk_page_dispose;
  object_class->finalize = fd_kiosk_page_finalize;
  object_class->get_property = fd_kiosk_page_get_property;
  object_class->set_property = fd_kiosk_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fd_kiosk_page_init (FdKioskPage *self)
{
  FdKioskPagePrivate *priv = fd_kiosk_page_get_instance_private (self);

  priv->lang = FD_LANG_ZH;
  priv->cancellable = g_cancellable_new ();
}
