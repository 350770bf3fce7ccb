import consistentErrorShape from './consistent-error-shape';
import noDebugErrorHandler from './no-debug-error-handler';
import noErrorWithSuccessStatus from './no-error-with-success-status';
import noLeakedErrorDetails from './no-leaked-error-details';
import noSensitiveDataInErrors from './no-sensitive-data-in-errors';
import noUserEnumeration from './no-user-enumeration';
import onlyThrowCatalogErrors from './only-throw-catalog-errors';
import requireErrorReference from './require-error-reference';

/** Every rule of the plugin, by id. Configs and docs are generated from this list. */
export const rules = {
  'consistent-error-shape': consistentErrorShape,
  'no-debug-error-handler': noDebugErrorHandler,
  'no-error-with-success-status': noErrorWithSuccessStatus,
  'no-leaked-error-details': noLeakedErrorDetails,
  'no-sensitive-data-in-errors': noSensitiveDataInErrors,
  'no-user-enumeration': noUserEnumeration,
  'only-throw-catalog-errors': onlyThrowCatalogErrors,
  'require-error-reference': requireErrorReference,
};
