/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cups/cups.h>
#include <cups/raster.h>
#include <glib.h>

G_BEGIN_DECLS

/*
 * libcups, opened when a station first prints or asks for its printers
 * (fd-cups.c): linking it would load it and some twenty libraries of its
 * own (TLS, Kerberos, Avahi, D-Bus…) into every start of the kiosk, before
 * its first frame.  Include this after the CUPS headers in the files that
 * call libcups; the names below then go through the table.
 */

#define FD_CUPS_FUNCTIONS(F) \
  F (cupsAddOption) F (cupsCancelDestJob) F (cupsCheckDestSupported) F (cupsConnectDest) \
  F (cupsCopyDestInfo) F (cupsCreateDestJob) F (cupsDoRequest) F (cupsFindDestSupported) \
  F (cupsFinishDestDocument) F (cupsFreeDestInfo) F (cupsFreeDests) F (cupsFreeOptions) \
  F (cupsGetDestMediaBySize) F (cupsGetDestMediaCount) F (cupsGetDestWithURI) F (cupsGetDests2) \
  F (cupsGetNamedDest) \
  F (cupsGetOption) F (cupsLastError) F (cupsLastErrorString) F (cupsRasterClose) \
  F (cupsRasterInitPWGHeader) F (cupsRasterOpenIO) F (cupsRasterWriteHeader2) F (cupsRasterWritePixels) \
  F (cupsStartDestDocument) \
  F (cupsWriteRequestData) F (httpClose) F (ippAddInteger) F (ippAddString) F (ippAddStrings) \
  F (ippDelete) F (ippFindAttribute) F (ippGetCount) F (ippGetInteger) F (ippGetResolution) \
  F (ippGetString) F (ippNewRequest) F (pwgMediaForPWG) F (pwgMediaForSize)

typedef struct {
#define FD_CUPS_FIELD(name) __typeof__ (name) *name;
  FD_CUPS_FUNCTIONS (FD_CUPS_FIELD)
#undef FD_CUPS_FIELD
} FdCups;

const FdCups *fd_cups (void);

#define cupsAddOption(...)           (fd_cups ()->cupsAddOption (__VA_ARGS__))
#define cupsCancelDestJob(...)       (fd_cups ()->cupsCancelDestJob (__VA_ARGS__))
#define cupsCheckDestSupported(...)  (fd_cups ()->cupsCheckDestSupported (__VA_ARGS__))
#define cupsConnectDest(...)         (fd_cups ()->cupsConnectDest (__VA_ARGS__))
#define cupsCopyDestInfo(...)        (fd_cups ()->cupsCopyDestInfo (__VA_ARGS__))
#define cupsCreateDestJob(...)       (fd_cups ()->cupsCreateDestJob (__VA_ARGS__))
#define cupsDoRequest(...)           (fd_cups ()->cupsDoRequest (__VA_ARGS__))
#define cupsFindDestSupported(...)   (fd_cups ()->cupsFindDestSupported (__VA_ARGS__))
#define cupsFinishDestDocument(...)  (fd_cups ()->cupsFinishDestDocument (__VA_ARGS__))
#define cupsFreeDestInfo(...)        (fd_cups ()->cupsFreeDestInfo (__VA_ARGS__))
#define cupsFreeDests(...)           (fd_cups ()->cupsFreeDests (__VA_ARGS__))
#define cupsFreeOptions(...)         (fd_cups ()->cupsFreeOptions (__VA_ARGS__))
#define cupsGetDestMediaBySize(...)  (fd_cups ()->cupsGetDestMediaBySize (__VA_ARGS__))
#define cupsGetDestMediaCount(...)   (fd_cups ()->cupsGetDestMediaCount (__VA_ARGS__))
#define cupsGetDestWithURI(...)      (fd_cups ()->cupsGetDestWithURI (__VA_ARGS__))
#define cupsGetDests2(...)           (fd_cups ()->cupsGetDests2 (__VA_ARGS__))
#define cupsGetNamedDest(...)        (fd_cups ()->cupsGetNamedDest (__VA_ARGS__))
#define cupsGetOption(...)           (fd_cups ()->cupsGetOption (__VA_ARGS__))
#define cupsLastError(...)           (fd_cups ()->cupsLastError (__VA_ARGS__))
#define cupsLastErrorString(...)     (fd_cups ()->cupsLastErrorString (__VA_ARGS__))
#define cupsRasterClose(...)         (fd_cups ()->cupsRasterClose (__VA_ARGS__))
#define cupsRasterInitPWGHeader(...) (fd_cups ()->cupsRasterInitPWGHeader (__VA_ARGS__))
#define cupsRasterOpenIO(...)        (fd_cups ()->cupsRasterOpenIO (__VA_ARGS__))
#define cupsRasterWriteHeader2(...)  (fd_cups ()->cupsRasterWriteHeader2 (__VA_ARGS__))
#define cupsRasterWritePixels(...)   (fd_cups ()->cupsRasterWritePixels (__VA_ARGS__))
#define cupsStartDestDocument(...)   (fd_cups ()->cupsStartDestDocument (__VA_ARGS__))
#define cupsWriteRequestData(...)    (fd_cups ()->cupsWriteRequestData (__VA_ARGS__))
#define httpClose(...)               (fd_cups ()->httpClose (__VA_ARGS__))
#define ippAddInteger(...)           (fd_cups ()->ippAddInteger (__VA_ARGS__))
#define ippAddString(...)            (fd_cups ()->ippAddString (__VA_ARGS__))
#define ippAddStrings(...)           (fd_cups ()->ippAddStrings (__VA_ARGS__))
#define ippDelete(...)               (fd_cups ()->ippDelete (__VA_ARGS__))
#define ippFindAttribute(...)        (fd_cups ()->ippFindAttribute (__VA_ARGS__))
#define ippGetCount(...)             (fd_cups ()->ippGetCount (__VA_ARGS__))
#define ippGetInteger(...)           (fd_cups ()->ippGetInteger (__VA_ARGS__))
#define ippGetResolution(...)        (fd_cups ()->ippGetResolution (__VA_ARGS__))
#define ippGetString(...)            (fd_cups ()->ippGetString (__VA_ARGS__))
#define ippNewRequest(...)           (fd_cups ()->ippNewRequest (__VA_ARGS__))
#define pwgMediaForPWG(...)          (fd_cups ()->pwgMediaForPWG (__VA_ARGS__))
#define pwgMediaForSize(...)         (fd_cups ()->pwgMediaForSize (__VA_ARGS__))

G_END_DECLS
