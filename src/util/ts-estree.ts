/**
 * Plain bindings for what the rules use most from `@typescript-eslint/utils`.
 * That package re-exports them through getters (two calls on every
 * `AST_NODE_TYPES.X`), and the rules check node types millions of times per
 * run; a plain module property costs nothing.
 */
import { ASTUtils, AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/utils';

export const AST_NODE_TYPES = NODE_TYPES;
export const findVariable: typeof ASTUtils.findVariable = ASTUtils.findVariable;
export const getStaticValue: typeof ASTUtils.getStaticValue = ASTUtils.getStaticValue;
