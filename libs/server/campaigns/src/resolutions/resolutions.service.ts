import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppConfig, AppException, decodeCursor, DEFAULT_PAGE_SIZE, FileStorage, Page, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { AddMaterialLinkInput, CreateResolutionInput, ResolutionsArgs, UpdateResolutionInput } from './resolution.dto';
import { MaterialFileRecord, Resolution, ResolutionMaterial } from './resolution.types';
import { ResolutionsRepository } from './resolutions.repository';
import { cleanFileName, materialContentType } from './upload-rules';
import { MaterialKind } from '../common/enums';


/** An uploaded file as the controller hands it over (a multipart part). */
export interface IncomingFile {
  fileName: string;
  stream: Readable;
}

/**
 * Resolutions (nghị quyết, chỉ thị, kết luận, quy định) and their study
 * materials (seed 004 §7). They are global reference data: every signed-in
 * user reads them; only the bloc-level propaganda board or an administrator
 * (a role held at the root organisation) writes them.
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ResolutionsRepository,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<Resolution> {
    const row = await this.repo.findById(id);
    if (!row) throw AppException.notFound('Resolution');
    return { ...row, materials: await this.repo.materialsOf([id]) };
  }

  async list(args: ResolutionsArgs): Promise<Page<Resolution>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.list({
      search: args.search,
      type: args.type,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.issuedOn, r.id]);
    const materials = await this.repo.materialsOf(page.nodes.map((r) => r.id));
    return { ...page, nodes: page.nodes.map((r) => ({ ...r, materials: materials.filter((m) => m.resolutionId === r.id) })) };
  }

  async create(scope: AccessScope, input: CreateResolutionInput): Promise<Resolution> {
    assertBlocLevel(scope);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.repo.insert(manager, { ...input, summary: input.summary ?? null });
      await this.audit.record(manager, scope.actor, { action: 'resolution.create', entityType: 'resolution', entityId: created, after: input });
      return created;
    });
    return this.get(id);
  }

  async update(scope: AccessScope, id: string, input: UpdateResolutionInput): Promise<Resolution> {
    assertBlocLevel(scope);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.repo.findById(id, manager);
      if (!before) throw AppException.notFound('Resolution');
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) return;
      await this.repo.update(manager, id, changes);
      await this.audit.record(manager, scope.actor, {
        action: 'resolution.update', entityType: 'resolution', entityId: id,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, (before as Record<string, unknown>)[k]])), after: changes,
      });
    });
    return this.get(id);
  }

  async addLink(scope: AccessScope, resolutionId: string, input: AddMaterialLinkInput): Promise<ResolutionMaterial> {
    assertBlocLevel(scope);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.findById(resolutionId, manager))) throw AppException.notFound('Resolution');
      const material = await this.repo.insertMaterial(manager, {
        resolutionId, kind: input.kind, title: input.title, url: input.url, storageKey: null, fileName: null,
        contentType: null, sizeBytes: null, sha256: null, createdBy: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'resolution.material.add', entityType: 'resolution_material', entityId: material.id, after: { resolutionId, ...input },
      });
      return material;
    });
  }

  /**
   * Stores an uploaded material: refused with 422 (field `file`) when its type
   * is not a document/image/media type we accept, 413 when larger than
   * UPLOAD_MAX_MEGABYTES (nothing kept). The file is stored first, then the
   * row written; if the row fails the file is removed.
   */
  async upload(scope: AccessScope, resolutionId: string, kind: MaterialKind, title: string | undefined, file: IncomingFile): Promise<ResolutionMaterial> {
    assertBlocLevel(scope);
    if (!(await this.repo.findById(resolutionId))) {
      file.stream.resume();
      throw AppException.notFound('Resolution');
    }
    const fileName = cleanFileName(file.fileName);
    const contentType = materialContentType(fileName);
    if (!fileName || !contentType) {
      file.stream.resume();
      throw AppException.unprocessable(
        'This file type is not accepted: send PDF, Word, Excel, PowerPoint, OpenDocument, text, PNG/JPEG, MP3 or MP4',
        'file',
      );
    }
    const stored = await this.storage.put(file.stream, this.config.UPLOAD_MAX_MEGABYTES * 1024 * 1024);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const material = await this.repo.insertMaterial(manager, {
          resolutionId, kind, title: title ?? fileName, url: null, storageKey: stored.key, fileName, contentType,
          sizeBytes: stored.sizeBytes, sha256: stored.sha256, createdBy: scope.actor.userId,
        });
        await this.audit.record(manager, scope.actor, {
          action: 'resolution.material.upload', entityType: 'resolution_material', entityId: material.id,
          after: { resolutionId, kind, fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 },
        });
        return material;
      });
    } catch (err) {
      await this.storage.remove(stored.key);
      throw err;
    }
  }

  /** A stored material and its content, or 404 (links have no file). */
  async download(id: string): Promise<{ file: MaterialFileRecord; stream: Readable }> {
    const file = await this.repo.materialFile(id);
    if (!file || !file.storageKey) throw AppException.notFound('Material file');
    return { file, stream: await this.storage.open(file.storageKey) };
  }
}

/** Resolutions are written at bloc level: the role must be held at the root organisation (a one-segment path). */
function assertBlocLevel(scope: AccessScope): void {
  if (!scope.paths.some((p) => p.split('/').filter(Boolean).length === 1)) {
    throw AppException.forbidden('Only the bloc-level propaganda board or an administrator of the root writes resolutions');
  }
}
