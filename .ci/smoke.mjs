// One federated round trip through a running gateway: sign in (auth), then read the
// admin's account (auth) and credit balance (accounting) in one query, then one page of a
// connection in the public API's one pagination shape.
const [url, email, password] = process.argv.slice(2);

async function gql(query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors)
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const { login } = await gql(
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
  { e: email, p: password },
);
const { me } = await gql(
  '{ me { email role credits { available { credits microCredits } } } }',
  {},
  login.accessToken,
);
if (
  me.email !== email ||
  me.role !== 'ADMIN' ||
  typeof me.credits.available.microCredits !== 'string'
) {
  throw new Error(`unexpected answer: ${JSON.stringify(me)}`);
}
console.log(`smoke: federated query answered by auth and accounting: ${JSON.stringify(me)}`);

const { users } = await gql(
  '{ users(first: 1) { totalCount edges { cursor node { email } } pageInfo { hasNextPage endCursor } } }',
  {},
  login.accessToken,
);
const [edge] = users.edges;
if (!edge || edge.node.email !== email || users.pageInfo.endCursor !== edge.cursor) {
  throw new Error(`unexpected page: ${JSON.stringify(users)}`);
}
console.log(`smoke: a Relay connection page: ${JSON.stringify(users)}`);
