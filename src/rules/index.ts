import noErrorWithSuccessStatus from './no-error-with-success-status';
import noLeakedErrorDetails from './no-leaked-error-details';
import noUserEnumeration from './no-user-enumeration';
import onlyThrowCatalogErrors from './only-throw-catalog-errors';

/** Every rule of the plugin, by id. Configs and docs are generated from this list. */
export const rules = {
  'no-error-with-success-status': noErrorWithSuccessStatus,
  'no-leaked-error-details': noLeakedErrorDetails,
  'no-user-enumeration': noUserEnumeration,
  'only-throw-catalog-errors': onlyThrowCatalogErrors,
};
