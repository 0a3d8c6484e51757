/**
 * @module providers/azure — Azure OpenAI: OpenAI's chat-completions wire format at Azure's URLs,
 * with the key in an `api-key` header.
 *
 * Both URL forms (see config/azure.ts): Azure's `/openai/v1` (`model` is the deployment name)
 * and the classic deployment path with its `api-version` query parameter, kept in place
 * (`…/openai/deployments/NAME/chat/completions?api-version=…`); a resource root takes the
 * deployment from `model`.
 */
import type { ModelSpec } from '../../config/types.js';
import { azureForm } from '../../config/azure.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { OpenAIProvider, type OpenAIWire } from '../openai/index.js';
import type { OpenAIBatchUrls } from '../openai/batch.js';
import type { ProviderOptions } from '../options.js';
import type { Provider } from '../types.js';

export function azureWire(spec: ModelSpec): OpenAIWire {
  const base = spec.base_url;
  if (base === undefined) throw new Error(`model ${spec.id}: azure-openai needs base_url (checked when models.yaml loads)`);
  const path = azureForm(base) === 'resource' ? `openai/deployments/${encodeURIComponent(spec.model)}/chat/completions` : 'chat/completions';
  return {
    provider: 'azure-openai', base, url: endpointUrl(base, path), auth: spec.api_key === undefined ? {} : { 'api-key': spec.api_key },
    batch: azureBatchUrls(base),
  };
}

/**
 * [batch] Azure's batch API: under `/openai/v1` in the v1 form (endpoint `/v1/chat/completions`);
 * for the classic forms under the resource's `/openai` with the same `api-version`
 * (endpoint `/chat/completions`). Either way `model` in each request is the deployment name.
 */
export function azureBatchUrls(base: string): OpenAIBatchUrls {
  if (azureForm(base) === 'v1') return { files: endpointUrl(base, 'files'), batches: endpointUrl(base, 'batches'), endpoint: '/v1/chat/completions' };
  const root = new URL(base);
  root.pathname = '/openai';
  return { files: endpointUrl(root.href, 'files'), batches: endpointUrl(root.href, 'batches'), endpoint: '/chat/completions' };
}

export function createAzureOpenAIProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new OpenAIProvider(spec, options, azureWire(spec));
}
