import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** A searchable list of the schema's types with their fields and descriptions. */
export function SchemaDocs({ schema }: { schema: GraphQLSchema }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const types = useMemo(() => {
    const roots = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].filter((t): t is NonNullable<typeof t> => t != null);
    const rest = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && !roots.includes(t as never))
      .sort((a, b) => a.name.localeCompare(b.name));
    return [...roots, ...rest] as GraphQLNamedType[];
  }, [schema]);
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? types.filter(
        (t) =>
          t.name.toLowerCase().includes(needle) ||
          fieldNames(t).some((f) => f.toLowerCase().includes(needle)),
      )
    : types;

  return (
    <div className="schema-docs">
      <label htmlFor="schema-filter">{t('admin:playground.searchSchema')}</label>
      <input
        id="schema-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('admin:playground.searchPlaceholder')}
      />
      <ul className="type-list">
        {shown.map((type) => (
          <li key={type.name}>
            <details open={needle !== '' && shown.length < 4}>
              <summary>
                <code>{type.name}</code> <span className="badge">{kindOf(type)}</span>
              </summary>
              {type.description && <p className="small muted">{type.description}</p>}
              <TypeBody type={type} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TypeBody({ type }: { type: GraphQLNamedType }) {
  const { t } = useTranslation();
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return (
      <dl className="field-list">
        {Object.values(type.getFields()).map(
          (field: GraphQLField<unknown, unknown> | GraphQLInputField) => (
            <div key={field.name}>
              <dt>
                <code>
                  {field.name}
                  {'args' in field &&
                    field.args.length > 0 &&
                    `(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})`}
                  : {String(field.type)}
                </code>
              </dt>
              {field.description && <dd className="small muted">{field.description}</dd>}
            </div>
          ),
        )}
      </dl>
    );
  }
  if (isEnumType(type)) {
    return (
      <dl className="field-list">
        {type.getValues().map((value) => (
          <div key={value.name}>
            <dt>
              <code>{value.name}</code>
            </dt>
            {value.description && <dd className="small muted">{value.description}</dd>}
          </div>
        ))}
      </dl>
    );
  }
  if (isUnionType(type)) {
    return (
      <p className="small">
        {t('admin:playground.oneOf')}{' '}
        {type
          .getTypes()
          .map((t) => t.name)
          .join(', ')}
      </p>
    );
  }
  return null;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

function fieldNames(type: GraphQLNamedType): string[] {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    return Object.keys(type.getFields());
  if (isEnumType(type)) return type.getValues().map((v) => v.name);
  return [];
}
