/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-pinyin.h"

#include <glib/gstdio.h>
#include <rime_api.h>
#include <string.h>

/*
 * Pinyin for the on-screen keyboard, on librime with the simplified
 * Luna Pinyin schema.  librime is set up once per process, in a folder of
 * the station's own: its schema is compiled there the first time and
 * reused on every later start (fd_pinyin_prepare(), off the main loop).
 *
 * Privacy: a kiosk serves strangers one after another, so nothing typed
 * may be learnt.  The schema is patched to keep no user dictionary, and
 * fd_pinyin_forget() (every idle reset) ends the session and removes
 * whatever user data the engine might hold.
 *
 * A name comes first: the family names of the first syllable joined to
 * the engine's reading of the rest (fd-pinyin-names.c) lead the first
 * page of candidates.
 */

#define SCHEMA "luna_pinyin_simp"
#define PAGE_SIZE 6
#define KEY_PAGE_UP 0xff55
#define KEY_PAGE_DOWN 0xff56
#define KEY_BACKSPACE 0xff08
#define KEY_ESCAPE 0xff1b

static const char *modules[] = { "default", NULL };
static GMutex lock;
static RimeApi *rime;
static char *prepared_dir;

struct _FdPinyin
{
  RimeSessionId  session;
  RimeSessionId  helper;      /* reads the part of a name after its family name */
  char          *input;       /* what the engine shows as typed */
  GPtrArray     *candidates;  /* this page's */
  guint          n_names;     /* how many of them lead as family names */
  gboolean       first_page;
  gboolean       last_page;
};

static const char custom_schema[] =
  "# Written by Frontdesk: a kiosk learns nothing from its visitors.\n"
  "patch:\n"
  "  translator/enable_user_dict: false\n"
  "  translator/enable_sentence: true\n"
  "  menu/page_size: 6\n";

static const char custom_default[] =
  "# Written by Frontdesk: the one schema the kiosk uses.\n"
  "patch:\n"
  "  schema_list:\n"
  "    - schema: " SCHEMA "\n"
  "  menu/page_size: 6\n";

static gboolean
write_custom (const char  *dir,
              const char  *name,
              const char  *text,
              GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *current = NULL;

  if (g_file_get_contents (path, &current, NULL, NULL) && g_str_equal (current, text))
    return TRUE;  /* unchanged: the compiled schema stays valid */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * fd_pinyin_prepare:
 * @user_dir: the station's folder for the engine: the compiled schema
 *   is kept there
 *
 * Sets librime up and compiles the schema when it is not compiled yet
 * (seconds, once); later starts find it ready.  Blocks: call it off the
 * main loop (fd_keyboard_prepare()).
 */
gboolean
fd_pinyin_prepare (const char  *user_dir,
                   GError     **error)
{
  gboolean ok = TRUE;
  RIME_STRUCT (RimeTraits, traits);

  g_mutex_lock (&lock);
  if (prepared_dir != NULL)
    {
      g_mutex_unlock (&lock);
      return TRUE;
    }
  if (g_mkdir_with_parents (user_dir, 0700) != 0 ||
      !write_custom (user_dir, SCHEMA ".custom.yaml", custom_schema, error) ||
      !write_custom (user_dir, "default.custom.yaml", custom_default, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot create %s", user_dir);
      g_mutex_unlock (&lock);
      return FALSE;
    }
  traits.shared_data_dir = "/usr/share/rime-data";
  traits.user_data_dir = user_dir;
  traits.distribution_name = "Frontdesk";
  traits.distribution_code_name = "frontdesk";
  traits.distribution_version = "1";
  traits.app_name = "rime.frontdesk";
  traits.min_log_level = 3;  /* fatal only: the engine's log is not ours */
  /* The engine's own modules only: no plugin (Lua, grammar models) is
   * needed for pinyin, and none is loaded whatever the system has. */
  traits.modules = modules;
  rime = rime_get_api ();
  rime->setup (&traits);
  rime->initialize (&traits);
  /* Compiles what changed since the last start; nothing, as a rule. */
  if (rime->start_maintenance (False))
    rime->join_maintenance_thread ();
  {
    RimeSessionId probe = rime->create_session ();

    ok = probe != 0 && rime->select_schema (probe, SCHEMA);
    if (probe != 0)
      rime->destroy_session (probe);
  }
  if (ok)
    prepared_dir = g_strdup (user_dir);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 "The pinyin schema " SCHEMA " is not installed (rime-data-luna-pinyin)");
  g_mutex_unlock (&lock);
  return ok;
}

static RimeSessionId
new_session (void)
{
  RimeSessionId session = rime->create_session ();

  rime->select_schema (session, SCHEMA);
  return session;
}

/**
 * fd_pinyin_new:
 *
 * Returns: (transfer full) (nullable): a composition of its own, or %NULL
 *   before fd_pinyin_prepare() has succeeded.
 */
FdPinyin *
fd_pinyin_new (void)
{
  FdPinyin *self;

  if (prepared_dir == NULL)
    return NULL;
  self = g_new0 (FdPinyin, 1);
  self->session = new_session ();
  self->helper = new_session ();
  self->candidates = g_ptr_array_new_with_free_func (g_free);
  self->input = g_strdup ("");
  self->first_page = self->last_page = TRUE;
  return self;
}

void
fd_pinyin_free (FdPinyin *self)
{
  if (self == NULL)
    return;
  rime->destroy_session (self->session);
  rime->destroy_session (self->helper);
  g_ptr_array_unref (self->candidates);
  g_free (self->input);
  g_free (self);
}

/* The engine's first reading of @letters, in the helper session. */
static char *
read_letters (FdPinyin   *self,
              const char *letters)
{
  char *text = NULL;
  RIME_STRUCT (RimeContext, context);

  rime->clear_composition (self->helper);
  for (const char *p = letters; *p != '\0'; p++)
    rime->process_key (self->helper, (unsigned char) *p, 0);
  if (rime->get_context (self->helper, &context))
    {
      if (context.menu.num_candidates > 0)
        text = g_strdup (context.menu.candidates[0].text);
      rime->free_context (&context);
    }
  rime->clear_composition (self->helper);
  return text;
}

/* The family names of the first syllable joined to the rest, while the
 * whole input is still letters ("wang xiao ming"). */
static void
add_names (FdPinyin   *self,
           const char *preedit)
{
  g_autofree char *raw = g_strdup (rime->get_input (self->session));
  g_autofree char *syllable = NULL;
  g_autofree char *rest = NULL;
  const char * const *names;
  const char *space = strchr (preedit, ' ');
  gsize length;

  for (const char *p = preedit; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != ' ' && *p != '\'')
      return;  /* part of it chosen already */
  syllable = space != NULL ? g_strndup (preedit, (gsize) (space - preedit)) : g_strdup (preedit);
  names = fd_pinyin_surnames (syllable);
  length = strlen (syllable);
  if (names == NULL || raw == NULL || strncmp (raw, syllable, length) != 0)
    return;
  if (raw[length] != '\0')
    {
      rest = read_letters (self, raw + length);
      if (rest == NULL)
        return;
    }
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (self->candidates, g_strconcat (names[i], rest, NULL));
  self->n_names = self->candidates->len;
}

static void
refresh (FdPinyin *self)
{
  RIME_STRUCT (RimeContext, context);

  g_ptr_array_set_size (self->candidates, 0);
  self->n_names = 0;
  g_clear_pointer (&self->input, g_free);
  if (!rime->get_context (self->session, &context))
    {
      self->input = g_strdup ("");
      return;
    }
  self->input = g_strdup (context.composition.preedit != NULL ? context.composition.preedit : "");
  self->first_page = context.menu.page_no == 0;
  self->last_page = context.menu.is_last_page;
  if (self->first_page && *self->input != '\0')
    add_names (self, self->input);
  for (int i = 0; i < context.menu.num_candidates; i++)
    {
      gboolean listed = FALSE;

      for (guint k = 0; k < self->n_names; k++)
        listed = listed || g_str_equal (self->candidates->pdata[k], context.menu.candidates[i].text);
      /* A name the engine offers too is listed once, as a name; its
       * index then still counts among the engine's. */
      g_ptr_array_add (self->candidates, g_strdup (listed ? "" : context.menu.candidates[i].text));
    }
  rime->free_context (&context);
}

/**
 * fd_pinyin_type:
 * @letter: a to z, or ' between syllables
 *
 * Returns: whether the letter was taken.
 */
gboolean
fd_pinyin_type (FdPinyin *self,
                char      letter)
{
  gboolean taken;

  if (!g_ascii_islower (letter) && letter != '\'')
    return FALSE;
  taken = rime->process_key (self->session, (unsigned char) letter, 0);
  refresh (self);
  return taken;
}

/* Returns: %FALSE when nothing was being composed. */
gboolean
fd_pinyin_backspace (FdPinyin *self)
{
  if (fd_pinyin_is_empty (self))
    return FALSE;
  rime->process_key (self->session, KEY_BACKSPACE, 0);
  refresh (self);
  return TRUE;
}

/* What is being composed, as the engine shows it: "wang xiao ming". */
const char *
fd_pinyin_get_input (FdPinyin *self)
{
  return self->input;
}

gboolean
fd_pinyin_is_empty (FdPinyin *self)
{
  gboolean composing = FALSE;
  RIME_STRUCT (RimeStatus, status);

  if (rime->get_status (self->session, &status))
    {
      composing = status.is_composing;
      rime->free_status (&status);
    }
  return !composing;
}

/**
 * fd_pinyin_get_candidates:
 *
 * Returns: (transfer none) (element-type utf8): this page's candidates;
 *   an empty string is a place kept for one listed before it.
 */
GPtrArray *
fd_pinyin_get_candidates (FdPinyin *self)
{
  return self->candidates;
}

gboolean
fd_pinyin_has_more (FdPinyin *self,
                    gboolean  forward)
{
  return forward ? !self->last_page : !self->first_page;
}

gboolean
fd_pinyin_page (FdPinyin *self,
                gboolean  forward)
{
  if (!fd_pinyin_has_more (self, forward))
    return FALSE;
  rime->process_key (self->session, forward ? KEY_PAGE_DOWN : KEY_PAGE_UP, 0);
  refresh (self);
  return TRUE;
}

static char *
take_commit (FdPinyin *self)
{
  char *text = NULL;
  RIME_STRUCT (RimeCommit, commit);

  if (rime->get_commit (self->session, &commit))
    {
      text = g_strdup (commit.text);
      rime->free_commit (&commit);
    }
  return text;
}

/**
 * fd_pinyin_choose:
 * @index: of the candidate on this page
 *
 * Returns: (transfer full) (nullable): the text to type once the whole
 *   input is chosen; %NULL while part of it is still to be chosen.
 */
char *
fd_pinyin_choose (FdPinyin *self,
                  guint     index)
{
  char *text;

  if (index >= self->candidates->len)
    return NULL;
  if (index < self->n_names)
    {
      text = g_strdup (self->candidates->pdata[index]);
      fd_pinyin_clear (self);
      return text;
    }
  rime->select_candidate_on_current_page (self->session, index - self->n_names);
  text = take_commit (self);
  refresh (self);
  return text;
}

/* The letters typed, as they are: for a word the engine does not know. */
char *
fd_pinyin_commit_input (FdPinyin *self)
{
  g_autofree char *raw = g_strdup (rime->get_input (self->session));

  fd_pinyin_clear (self);
  return g_steal_pointer (&raw);
}

void
fd_pinyin_clear (FdPinyin *self)
{
  rime->clear_composition (self->session);
  refresh (self);
}

/* Removes one user dictionary folder the engine may have made. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * fd_pinyin_forget:
 *
 * Forgets everything typed: the composition, both sessions, and any user
 * dictionary in the engine's folder.  For every idle reset of the kiosk.
 *
 * Returns: whether the engine's folder holds no user dictionary now.
 */
gboolean
fd_pinyin_forget (FdPinyin *self)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean clean = TRUE;

  rime->destroy_session (self->session);
  rime->destroy_session (self->helper);
  self->session = new_session ();
  self->helper = new_session ();
  refresh (self);
  dir = g_dir_open (prepared_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".userdb") || g_str_has_suffix (name, ".userdb.txt"))
      {
        g_autofree char *path = g_build_filename (prepared_dir, name, NULL);

        remove_tree (path);
        clean = clean && !g_file_test (path, G_FILE_TEST_EXISTS);
      }
  return clean;
}
