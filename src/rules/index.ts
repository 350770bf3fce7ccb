import noLeakedErrorDetails from './no-leaked-error-details';

/** Every rule of the plugin, by id. Configs and docs are generated from this list. */
export const rules = {
  'no-leaked-error-details': noLeakedErrorDetails,
};
