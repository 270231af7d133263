// The only C the package writes: libxml2's headers as Swift should see them, plus `static inline`
// wrappers for what Swift cannot call (macros over per-thread globals, variadic callbacks).
// Everything here is read by exactly one Swift module, LibXML.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <stdarg.h>
#include <stdio.h>

// The clean-build trap: Debian's libxml2 is built with ICU, so <libxml/encoding.h> pulls in
// <unicode/ucnv.h>, whose `UErrorCode` clashes with the ICU headers Foundation ships
// ("'UErrorCode' has different definitions in different modules"). Turning the flag off before any
// other libxml header keeps ICU out of this module. Side effect: `xmlCharEncodingHandler` is seen
// without its trailing ICU fields, so Swift must only ever hold it by pointer, never by value.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlstring.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/// Frees memory that libxml2 allocated and handed over (strings from xmlNodeGetContent, xmlGetProp,
/// xmlNodeListGetString). `xmlFree` is a macro over a per-thread function pointer, which Swift 6
/// can neither import nor call.
static inline void clx_free(void *pointer) {
    xmlFree(pointer);
}

/// The structured error handler currently installed on this thread (`xmlStructuredError` is a macro).
static inline xmlStructuredErrorFunc clx_structured_error_handler(void) {
    return xmlStructuredError;
}

/// The context of the structured error handler currently installed on this thread.
static inline void *clx_structured_error_context(void) {
    return xmlStructuredErrorContext;
}

/// The generic error handler currently installed on this thread (`xmlGenericError` is a macro).
static inline xmlGenericErrorFunc clx_generic_error_handler(void) {
    return xmlGenericError;
}

/// The context of the generic error handler currently installed on this thread.
static inline void *clx_generic_error_context(void) {
    return xmlGenericErrorContext;
}

/// A non-variadic receiver for generic (printf-style) libxml2 messages, callable from Swift.
typedef void (*clx_text_sink)(void *user_data, const char *text);

/// What the generic-error trampoline needs: the Swift receiver and its context.
typedef struct clx_generic_sink {
    clx_text_sink sink;
    void *user_data;
} clx_generic_sink;

/// Formats a generic libxml2 message and hands it to the Swift receiver in `context`
/// (a `clx_generic_sink *`). Swift cannot define variadic C callbacks, hence this trampoline.
static void clx_generic_error_trampoline(void *context, const char *format, ...) {
    clx_generic_sink *target = (clx_generic_sink *)context;
    if (target == NULL || target->sink == NULL || format == NULL) {
        return;
    }
    char text[1024];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(text, sizeof text, format, arguments);
    va_end(arguments);
    target->sink(target->user_data, text);
}

/// Installs the generic-error trampoline on this thread, sending messages to `sink`.
static inline void clx_set_generic_error_sink(clx_generic_sink *sink) {
    xmlSetGenericErrorFunc(sink, clx_generic_error_trampoline);
}

#endif /* CLIBXML2_SHIM_H */
